package org.waymark.pipeline;

import java.util.function.IntSupplier;

/**
 * What a run is doing now, for a progress display on a terminal: the pipeline announces each
 * stage as it begins, with what it counts. The display decides whether and how to show it.
 */
public interface Progress {
    Progress NONE = stage -> { };

    void begin(Stage stage);

    /**
     * A stage: its name ("render"), what it is doing in words ("Rendering 10,017 pages"), and,
     * for a stage that counts as it goes, how many of {@code total} it has done so far.
     */
    record Stage(String name, String doing, IntSupplier done, int total) {
        public Stage(String name, String doing) {
            this(name, doing, () -> 0, 0);
        }

        /** "1 page", "10,017 pages". */
        public static String count(int n, String one, String many) {
            return String.format(java.util.Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
        }
    }
}
