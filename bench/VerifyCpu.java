import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.waymark.output.ScanStore;
import org.waymark.output.SiteVerifier;

/**
 * The verify stage's CPU time (user + system, the whole process: the stage runs on every core)
 * and wall time, where a whole build's stage times swing with the machine's load: verifies a
 * built site (the folder a build wrote) ROUNDS times in one JVM. The first round is cold, as in
 * a build. A finding count other than 0 means the site is not one a build accepted. With STORE
 * (a file), verify keeps its readings there ({@code ScanStore}, as a build over the spare does),
 * so every round after the first takes each page from it and measures the walk and the links.
 * Run: java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn128m -Xss4m -cp target/waymark.jar \
 *        bench/VerifyCpu.java SITE ROUNDS [STORE]
 */
public class VerifyCpu {
    public static void main(String[] args) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Path site = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        for (int r = 0; r < rounds; r++) {
            long wall = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            ScanStore store = args.length > 2 ? ScanStore.open(Path.of(args[2]), "bench", site) : null;
            int findings = SiteVerifier.verify(site, Map.of(), store).size();
            System.out.printf(Locale.ROOT, "verify, round %d%s: CPU %d ms, wall %d ms, %d findings%n", r + 1,
                    r == 0 ? " (cold)" : "", (os.getProcessCpuTime() - cpu) / 1_000_000,
                    (System.nanoTime() - wall) / 1_000_000, findings);
        }
    }
}
