package org.waymark.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.waymark.output.OutputSink;

/** An output that keeps the paths written through it: the search stage's files, to replace them next time. */
final class RecordedOutput implements OutputSink {
    private final OutputSink out;
    private final Set<String> paths = ConcurrentHashMap.newKeySet();

    RecordedOutput(OutputSink out) {
        this.out = out;
    }

    Set<String> paths() {
        return Set.copyOf(paths);
    }

    @Override
    public void write(String path, byte[] bytes) throws IOException {
        out.write(path, bytes);
        paths.add(path);
    }

    @Override
    public void copy(String path, Path from) throws IOException {
        out.copy(path, from);
        paths.add(path);
    }
}
