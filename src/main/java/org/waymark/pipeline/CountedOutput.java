package org.waymark.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.waymark.output.OutputSink;
import org.waymark.output.PageDigest;

/** An output that counts the HTML pages written through it, for progress. */
final class CountedOutput implements OutputSink {
    private final OutputSink out;
    private final AtomicInteger pages = new AtomicInteger();

    CountedOutput(OutputSink out) {
        this.out = out;
    }

    int pages() {
        return pages.get();
    }

    @Override
    public void write(String path, byte[] bytes) throws IOException {
        out.write(path, bytes);
        if (path.endsWith(".html")) pages.incrementAndGet();
    }

    @Override
    public void copy(String path, Path from) throws IOException {
        out.copy(path, from);
    }

    @Override
    public boolean unchanged(String path, PageDigest digest) throws IOException {
        if (!out.unchanged(path, digest)) return false;
        pages.incrementAndGet();
        return true;
    }

    @Override
    public PageDigest madeFrom(String path, PageDigest inputs) throws IOException {
        return out.madeFrom(path, inputs);
    }

    @Override
    public boolean keepsPages() {
        return out.keepsPages();
    }
}
