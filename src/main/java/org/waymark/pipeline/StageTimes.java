package org.waymark.pipeline;

import java.util.Map;

/** The milliseconds each stage of a build took, as {@code build --timings} prints them. */
final class StageTimes {
    private StageTimes() {}

    /** Records a stage's milliseconds since {@code since} and returns now, the next stage's start. */
    static long lap(Map<String, Long> stages, String name, long since) {
        long now = System.nanoTime();
        stages.put(name, (now - since) / 1_000_000);
        return now;
    }

    static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
