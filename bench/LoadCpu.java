import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import org.waymark.load.ContentLoader;
import org.waymark.load.LoadResult;

/**
 * The load stage's CPU time (user + system, the whole process: the stage runs on every core),
 * where wall time is too noisy to judge on a shared machine: loads the project ROUNDS times in
 * one JVM. The first round is cold, as in a build; later rounds show the steady cost.
 * Run: java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -cp target/classes:DEPS bench/LoadCpu.java PROJECT ROUNDS
 */
public class LoadCpu {
    public static void main(String[] args) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int rounds = Integer.parseInt(args[1]);
        for (int r = 0; r < rounds; r++) {
            long wall = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            LoadResult<?> site = ContentLoader.load(Path.of(args[0]), false);
            System.out.printf(Locale.ROOT, "load stage, round %d%s: CPU %d ms, wall %d ms (%s)%n", r + 1,
                    r == 0 ? " (cold)" : "", (os.getProcessCpuTime() - cpu) / 1_000_000,
                    (System.nanoTime() - wall) / 1_000_000, site.getClass().getSimpleName());
        }
    }
}
