import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.waymark.load.ContentLoader;
import org.waymark.load.LoadResult;
import org.waymark.model.Site;
import org.waymark.output.StagedOutput;
import org.waymark.search.SearchIndexFiles;

/**
 * The search stage's CPU time (user + system, the whole process: the stage runs on every core),
 * where wall time is too noisy to judge on a shared machine: loads the project once, then runs
 * the stage ROUNDS times into scratch folders. The first round is cold, as in a build.
 * Run by bench/search.sh: java -XX:TieredStopAtLevel=1 ... -cp CLASSES bench/SearchCpu.java PROJECT ROUNDS
 */
public class SearchCpu {
    public static void main(String[] args) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Site site = ((LoadResult.Loaded<Site>) ContentLoader.load(Path.of(args[0]), false)).value();
        int rounds = Integer.parseInt(args[1]);
        Path scratch = Files.createTempDirectory("search-cpu");
        try {
            for (int r = 0; r < rounds; r++) {
                long wall = System.nanoTime();
                long cpu = os.getProcessCpuTime();
                StagedOutput out = StagedOutput.beside(scratch.resolve("site" + r));
                new SearchIndexFiles(site).write(out);
                System.out.printf(Locale.ROOT, "search stage, round %d%s: CPU %d ms, wall %d ms%n", r + 1, r == 0 ? " (cold)" : "",
                        (os.getProcessCpuTime() - cpu) / 1_000_000, (System.nanoTime() - wall) / 1_000_000);
            }
        } finally {
            try (Stream<Path> all = Files.walk(scratch)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
