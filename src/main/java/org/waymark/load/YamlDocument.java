package org.waymark.load;

import java.util.List;
import org.waymark.diagnostic.Diagnostic;

/**
 * A YAML text as {@link YamlReader} read it: empty (nothing, or only comments), parsed into a
 * tree whole enough to load, or broken. Only duplicate keys leave a tree whole: the first value
 * is kept and the rest is intact, so loading on finds the file's other faults and keeps links to
 * the file from being reported as broken. Any other fault leaves holes.
 */
public sealed interface YamlDocument permits YamlDocument.Empty, YamlDocument.Parsed, YamlDocument.Broken {

    List<Diagnostic> diagnostics();

    record Empty() implements YamlDocument {
        public List<Diagnostic> diagnostics() {
            return List.of();
        }
    }

    /** {@code diagnostics}: duplicate keys only (and tags and aliases, read by {@code YamlReader.readForeign}). */
    record Parsed(YamlNode root, List<Diagnostic> diagnostics) implements YamlDocument {}

    record Broken(List<Diagnostic> diagnostics) implements YamlDocument {}
}
