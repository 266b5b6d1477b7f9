package org.waymark.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.diagnostic.Code;
import org.waymark.text.Position;
import org.waymark.text.Source;

class YamlReaderTest {
    private static YamlDocument read(String text) {
        return YamlReader.read(Source.of("content/x.yaml", text));
    }

    private static YamlNode root(String text) {
        return assertInstanceOf(YamlDocument.Parsed.class, read(text)).root();
    }

    @Test
    void yesNoOnOffStayWords() {
        var m = assertInstanceOf(YamlNode.Mapping.class, root("a: yes\nb: No\nc: on\nd: off\ne: 010\n"));
        assertEquals("yes", ((YamlNode.Scalar) m.entries().get(0).value()).value());
        assertEquals("No", ((YamlNode.Scalar) m.entries().get(1).value()).value());
        assertEquals("on", ((YamlNode.Scalar) m.entries().get(2).value()).value());
        assertEquals("off", ((YamlNode.Scalar) m.entries().get(3).value()).value());
        assertEquals("010", ((YamlNode.Scalar) m.entries().get(4).value()).value());
    }

    @Test
    void everyNodeKeepsItsPosition() {
        var m = (YamlNode.Mapping) root("top:\n  inner: value\n");
        var inner = (YamlNode.Mapping) m.entries().get(0).value();
        assertEquals(new Position(2, 3), inner.entries().get(0).key().at());
        assertEquals(new Position(2, 10), inner.entries().get(0).value().at());
    }

    @Test
    void aliasesAnchorsMergeKeysAndTagsAreErrors() {
        var r = assertInstanceOf(YamlDocument.Broken.class, read("a: &x 1\nb: *x\nc:\n  <<: {d: 1}\ne: !!int 3\n"));
        var codes = r.diagnostics().stream().map(d -> d.code()).toList();
        assertEquals(3, codes.stream().filter(c -> c == Code.YAML_ALIAS).count());
        assertTrue(codes.contains(Code.YAML_TAG));
    }

    @Test
    void duplicateKeysAreErrorsWithBothLines() {
        var r = assertInstanceOf(YamlDocument.Parsed.class, read("a: 1\nb: 2\na: 3\n"), "a duplicate key leaves the rest whole");
        assertEquals(1, r.diagnostics().size());
        assertEquals(3, r.diagnostics().get(0).line());
        assertTrue(r.diagnostics().get(0).message().contains("line 1"));
    }

    @Test
    void linesEndOnlyAtLineFeedsAsInEveryOtherDiagnostic() {
        // SnakeYAML also breaks lines at a lone CR and U+2028; found by PathologicalInputTest's flipped bytes.
        var cr = read("kind\r decison\ntitle: x\n");
        assertEquals(new Position(2, 6), new Position(cr.diagnostics().get(0).line(), cr.diagnostics().get(0).column()),
                cr.diagnostics().toString());
        var ls = read("a: \u2028b\nc: [x\n");
        assertEquals(Code.YAML_SYNTAX, ls.diagnostics().get(0).code());
        assertTrue(ls.diagnostics().get(0).line() <= 3, ls.diagnostics().toString());
        var astral = read("a: \uD83D\uDE00 b\nc: d: e\n");
        assertEquals(new Position(2, 5), new Position(astral.diagnostics().get(0).line(),
                astral.diagnostics().get(0).column()), astral.diagnostics().toString());
    }

    @Test
    void syntaxErrorsUseSnakeYamlsOwnLine() {
        var r = read("a: 1\nb: [unclosed\nc: 3\n");
        assertEquals(Code.YAML_SYNTAX, r.diagnostics().get(0).code());
        assertTrue(r.diagnostics().get(0).line() >= 2, r.diagnostics().toString());
    }

    @Test
    void absurdNestingIsALocatedErrorNotAStackOverflow() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        var r = read("a: " + deep + "\n");
        assertEquals(Code.YAML_LIMIT, r.diagnostics().get(0).code());
    }

    @Test
    void aSecondDocumentIsAnError() {
        var r = read("a: 1\n---\nb: 2\n");
        assertEquals(Code.YAML_SYNTAX, r.diagnostics().get(0).code());
        assertEquals(2, r.diagnostics().get(0).line());
    }

    @Test
    void emptyFileHasNoRoot() {
        assertInstanceOf(YamlDocument.Empty.class, read(""));
        assertInstanceOf(YamlDocument.Empty.class, read("# only a comment\n"));
    }

    @Test
    void aYamlLanguageServerFirstLineIsAPlainComment() {
        var r = assertInstanceOf(YamlDocument.Parsed.class,
                read("# yaml-language-server: $schema=../../schema/decision.schema.json\r\nkind: decision\r\n"));
        assertEquals(List.of(), r.diagnostics());
        var m = assertInstanceOf(YamlNode.Mapping.class, r.root());
        assertEquals(1, m.entries().size());
        assertEquals("kind", m.entries().get(0).key().value());
        assertEquals(new Position(2, 1), m.entries().get(0).key().at());
    }
}
