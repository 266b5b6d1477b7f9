package org.waymark.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One run of a command, as the launcher's tests make it: its exit code and both outputs. */
record Run(int exit, String out, String err) {
    /** The JVM flags {@code WAYMARK_DEBUG=1 waymark --version} printed. */
    List<String> jvmFlags() {
        return out.lines().filter(l -> l.startsWith("jvm ")).map(l -> l.substring(4)).toList();
    }

    /**
     * Runs {@code command} in {@code cwd} with a clean environment (no Java options; JAVA_HOME
     * this JVM's own) plus {@code env}; its output is kept in files under {@code tmp}.
     */
    static Run of(Path tmp, Path cwd, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder b = new ProcessBuilder(command).directory(cwd.toFile());
        for (String name : List.of("JAVA_OPTS", "WAYMARK_OPTS", "WAYMARK_DEBUG", "JAVA_HOME", "JDK_JAVA_OPTIONS",
                "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS")) {
            b.environment().remove(name);
        }
        b.environment().put("JAVA_HOME", System.getProperty("java.home"));
        b.environment().putAll(env);
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = b.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int exit = p.waitFor();
        return new Run(exit, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
