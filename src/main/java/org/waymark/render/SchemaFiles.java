package org.waymark.render;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schemas for editors, packaged in the jar under waymark/schema/. They are written
 * into every site (schema/) and by {@code waymark schema}, so that an author's
 * {@code # yaml-language-server: $schema=...} line has a copy that matches this version.
 */
public final class SchemaFiles {
    static final String BUILT_IN = "/waymark/schema/";
    /** The folder of the site that holds them. */
    public static final String SITE_FOLDER = "schema/";
    /** A fixed list rather than a directory walk: the set is part of the contract with editors. */
    public static final List<String> NAMES = List.of("site.schema.json", "decision.schema.json",
            "checklist.schema.json", "front-matter.schema.json");

    private SchemaFiles() {}

    /** File name -> bytes, in {@link #NAMES} order. */
    public static Map<String, byte[]> read() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : NAMES) {
            try (InputStream in = SchemaFiles.class.getResourceAsStream(BUILT_IN + name)) {
                if (in == null) throw new IOException("the schema " + name + " is missing from the jar");
                files.put(name, in.readAllBytes());
            }
        }
        return files;
    }
}
