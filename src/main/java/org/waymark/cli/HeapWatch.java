package org.waymark.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.waymark.output.SiteSwap;

/**
 * Stops a run whose heap stays full. Java throws {@link OutOfMemoryError} only when an
 * allocation cannot be met at all; a heap whose live data fills it all but a sliver instead
 * collects in full again and again, each collection freeing a little, and the run crawls on for
 * hours (a 100,000-page build under 2 GB: 82 full collections in 34 minutes, no error). So after
 * each full collection this looks at the old generation: when {@link #IN_A_ROW} full collections
 * in a row each leave it at least {@link #FULL} full, the run is stopped with the same message as
 * a thrown error, exit code 2, and the previous site as it was (never half-way through a swap).
 * The staging folder it leaves is removed by the next build.
 */
final class HeapWatch {
    static final double FULL = 0.95;
    static final int IN_A_ROW = 5;

    private int inARow;

    /** Counts one full collection that left {@code used} of {@code max}; true when the run should stop. */
    synchronized boolean stopAfter(long used, long max) {
        inARow = max > 0 && used >= FULL * max ? inARow + 1 : 0;
        return inARow >= IN_A_ROW;
    }

    /** Watches this JVM's collections for the rest of the process's life. */
    static void start(PrintStream err, String command) {
        String oldPool = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && (p.getName().contains("Old") || p.getName().contains("Tenured")))
                .map(MemoryPoolMXBean::getName).findFirst().orElse(null);
        // Made now: when it is needed the heap has no room to spare.
        String message = OutOfMemory.message(Runtime.getRuntime().maxMemory(),
                "the heap stayed full through " + IN_A_ROW + " full garbage collections in a row, so ", command);
        HeapWatch watch = new HeapWatch();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(gc instanceof NotificationEmitter emitter)) continue;
            emitter.addNotificationListener((Notification n, Object unused) -> {
                if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                if (!info.getGcAction().contains("major")) return;
                Map<String, MemoryUsage> after = info.getGcInfo().getMemoryUsageAfterGc();
                MemoryUsage old = oldPool == null ? null : after.get(oldPool);
                long used = old != null ? old.getUsed() : after.values().stream().mapToLong(MemoryUsage::getUsed).sum();
                long max = old != null ? old.getMax() : Runtime.getRuntime().maxMemory();
                if (watch.stopAfter(used, max)) {
                    SiteSwap.unlessSwapped(() -> {
                        err.print(message);
                        err.flush();
                        Runtime.getRuntime().halt(Main.USAGE_OR_INTERNAL);
                    });
                }
            }, null, null);
        }
    }
}
