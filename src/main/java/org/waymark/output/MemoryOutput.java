package org.waymark.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sink that keeps what is written in memory, for the preview server: pages as bytes, files
 * of content/ as references ({@link OutputFile}). Paths are checked to stay inside the site.
 */
public final class MemoryOutput implements OutputSink {
    private final Map<String, OutputFile> files = new ConcurrentHashMap<>();

    /** {@code path} normalized, or an IOException when it leaves the site. */
    static String inside(String path) throws IOException {
        String p = OutputPath.normalize(path);
        if (p == null || p.isEmpty() || path.indexOf('\0') >= 0) {
            throw new IOException("output path leaves the output folder: " + path);
        }
        return p;
    }

    @Override
    public void write(String path, byte[] bytes) throws IOException {
        files.put(inside(path), new OutputFile.Written(bytes));
    }

    @Override
    public void copy(String path, Path from) throws IOException {
        files.put(inside(path), OutputFile.Copied.of(from));
    }

    /** What has been written, by path. */
    public Map<String, OutputFile> files() {
        return files;
    }
}
