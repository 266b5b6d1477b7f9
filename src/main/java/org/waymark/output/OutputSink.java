package org.waymark.output;

import java.io.IOException;
import java.nio.file.Path;

/** Where rendered files go (a staging folder); paths are relative to the output root. */
public interface OutputSink {
    void write(String path, byte[] bytes) throws IOException;

    void copy(String path, Path from) throws IOException;
}
