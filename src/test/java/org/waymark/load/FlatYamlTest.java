package org.waymark.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.waymark.text.Position;
import org.waymark.text.Source;

/** FlatYaml reads only what it is sure of, and then exactly as SnakeYAML does. */
class FlatYamlTest {
    /** Front matter as a page holds it: the YAML starts on line 2. */
    private static Source page(String yaml) {
        return Source.of("content/p.md", "---\n" + yaml + "---\nBody.\n");
    }

    private static boolean flat(String yaml) {
        return FlatYaml.read(page(yaml), yaml, 4) != null;
    }

    /** The reader's answer equals SnakeYAML's, diagnostics and positions included; true when FlatYaml read it. */
    private static boolean sameAsSnakeYaml(String yaml) {
        Source s = page(yaml);
        assertEquals(YamlReader.readBySnakeYaml(s, yaml, 1), YamlReader.read(s, yaml, 1), () -> "for " + show(yaml));
        return flat(yaml);
    }

    private static String show(String yaml) {
        StringBuilder b = new StringBuilder("\"");
        yaml.chars().forEach(c -> b.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return b.append('"').toString();
    }

    @Test
    void theUsualFrontMatterIsReadWithItsPositions() {
        String yaml = "title: \"Approve Access Requests\"\nsummary: What to do, before and after.\ntags: [storage, on-call]\norder: 40\n";
        assertTrue(sameAsSnakeYaml(yaml));
        var root = (YamlNode.Mapping) ((YamlDocument.Parsed) YamlReader.read(page(yaml), yaml, 1)).root();
        assertEquals(new Position(2, 1), root.at());
        var title = (YamlNode.Scalar) root.entries().get(0).value();
        assertEquals("Approve Access Requests", title.value());
        assertEquals(new Position(2, 8), title.at());
        assertEquals(new Position(2, 33), title.end());
        var tags = (YamlNode.Sequence) root.entries().get(2).value();
        assertEquals(new Position(4, 7), tags.at());
        assertEquals(new Position(4, 17), tags.items().get(1).at());
    }

    @Test
    void whatItIsUnsureOfIsLeftToSnakeYaml() {
        for (String yaml : List.of("a: x # note\n", "a: \"line\\n\"\n", "a:\n  b: c\n", "a:\n", "a: 1\na: 2\n",
                "a: x\n  more\n", "a: x\r\n", "a:\tx\n", "a: [x, [y]]\n", "a: [x,]\n", "a: {b: c}\n", "a: 'it''s'\n",
                "a: b: c\n", "# only a comment\n", "a: &x 1\n", "a: *x\n", "a: !t x\n", "a: |\n  x\n", "a: -1\n",
                "a: \u2028\n", "a: x\uFEFF\n", "a: \uD83D\uDE00\n", "", "a: \"x\" y\n", "  a: x\n", "a: [\"x, y\"]\n")) {
            assertNull(FlatYaml.read(page(yaml), yaml, 4), () -> show(yaml));
            sameAsSnakeYaml(yaml);
        }
    }

    @Test
    void everyFrontMatterAndYamlFileOfTheRepositoryReadsAsSnakeYamlReadsIt() throws IOException {
        int read = 0;
        int all = 0;
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("content", "src/test/resources")) {
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml")).forEach(files::add);
            }
        }
        for (Path p : files) {
            String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8).replace("\r\n", "\n");
            String yaml;
            if (p.toString().endsWith(".yaml")) {
                yaml = text;
                Source s = Source.of(p.toString(), yaml);
                assertEquals(YamlReader.readBySnakeYaml(s, yaml, 0), YamlReader.read(s, yaml, 0), p::toString);
            } else if (FrontMatter.split(text) instanceof FrontMatter.Closed c) {
                yaml = c.yaml();
                Source s = Source.of(p.toString(), text);
                assertEquals(YamlReader.readBySnakeYaml(s, yaml, c.yamlLine()), YamlReader.read(s, yaml, c.yamlLine()), p::toString);
                all++;
                if (flat(yaml)) read++;
            }
        }
        assertTrue(all > 30 && read * 10 >= all * 8, read + " of " + all + " front matters read without SnakeYAML");
    }

    /**
     * Lines built from plain pieces and, one piece in six, from those YAML treats specially:
     * about one in ten is flat enough to be read.
     */
    @Test
    void generatedLinesReadAsSnakeYamlReadsThem() {
        String[] keys = {"title", "summary", "tags", "order", "a", "b-c", "x_y", "null", "on", "Key1", "title", "summary", "tags",
            "order", "1a", "-k", " k", "k ", "?k"};
        String[] colons = {": ", ": ", ": ", ": ", ": ", ": ", ":", ":  ", " : ", ":\t"};
        String[] plain = {"word", "two words", "\"q\"", "'a'", "[a, b]", "[a,b]", "[ ]", "[]", "['x', \"y\"]", "null", "NULL",
            "é", "x ", "http", "1.0", "yes", "\"C# and: more\"", "[\"\"]", "\"\"", "''", "\u00a0x", "Ünïcode", "a-b_c/d.e"};
        String[] pieces = {"word", "two words", "a: b", "a #c", "a#b", "\"q\"", "\"a\\\"b\"", "'it''s'", "'a'", "[a, b]", "[a,b]",
            "[ ]", "[]", "[a, [b]]", "[a,]", "[\"x, y\"]", "['x', \"y\"]", "{a: 1}", "~", "null", "NULL", "", "  ", "é", "\u2028",
            "\u0085", "\uFEFF", "\uD83D\uDE00", "-1", "- a", "&x", "*x", "!t x", "|", ">", "@x", "`x`", "%x", "a\tb", "x ", "\"a\" x",
            "x\"", "http://x.y/z", "?", "a,b", "[a b, c]", "1.0", "yes", "\"C# and: more\"", "[\"\"]", "\"\"", "''", "\\", "\u00a0x"};
        String[] between = {"\n", "\n", "\n", "\n", "\n", "\n", "\n", "\n\n", "\r\n", "\n  - a\n", "\n# c\n", "\n  \n", "\n...\n"};
        Random random = new Random(12);
        int read = 0;
        int cases = 20_000;
        for (int i = 0; i < cases; i++) {
            StringBuilder yaml = new StringBuilder();
            int lines = 1 + random.nextInt(4);
            for (int l = 0; l < lines; l++) {
                yaml.append(keys[random.nextInt(keys.length)]).append(colons[random.nextInt(colons.length)]);
                int n = 1 + random.nextInt(random.nextInt(4) == 0 ? 3 : 1);
                for (int p = 0; p < n; p++) {
                    yaml.append(random.nextInt(6) == 0 ? pieces[random.nextInt(pieces.length)] : plain[random.nextInt(plain.length)]);
                }
                yaml.append(between[random.nextInt(between.length)]);
            }
            if (sameAsSnakeYaml(yaml.toString())) read++;
        }
        assertTrue(read > cases / 20, read + " of " + cases + " read without SnakeYAML");
    }

    @Test
    void aKeyNamedNullIsANullKeyAsInSnakeYaml() {
        assertNotNull(FlatYaml.read(page("null: x\n"), "null: x\n", 4));
        assertTrue(sameAsSnakeYaml("null: x\nNULL: [null, Null]\nn: NULL\n"));
    }
}
