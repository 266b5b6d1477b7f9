package org.waymark.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import java.util.Map;

/** The one Markdown parser configuration, built once and shared by all threads. */
public final class MarkdownParser {
    /** Heading node -> id, set on a parsed document so that rendering writes exactly these ids. */
    public static final DataKey<Map<Node, String>> HEADING_IDS = new DataKey<>("WAYMARK_HEADING_IDS", Map.of());
    /** The content file the text was written in, against which its relative links resolve. */
    public static final DataKey<String> SOURCE_PATH = new DataKey<>("WAYMARK_SOURCE_PATH", "");

    /**
     * Parsers with and without the two extensions that cost the most per document (admonitions,
     * bare-URL autolinks), indexed by which are needed. A text without "!!!"/"???" has no
     * admonition and one without "://", "www." or "@" has no bare link or address, so the
     * cheaper parser gives exactly the same tree.
     */
    private static final Parser[] PARSERS = new Parser[4];

    static {
        for (int i = 0; i < 4; i++) PARSERS[i] = build((i & 1) != 0, (i & 2) != 0, true);
    }

    /**
     * {@code cheaper}: the tables and autolink extensions' parsing as {@link TableParagraphs} and
     * {@link AutolinkText} do it (the same trees, which a test compares with flexmark's own).
     */
    static Parser build(boolean admonitions, boolean autolinks, boolean cheaper) {
        return Parser.builder(new com.vladsch.flexmark.util.data.MutableDataSet(MarkdownOptions.OPTIONS)
                        .set(Parser.EXTENSIONS, Parser.EXTENSIONS.get(MarkdownOptions.OPTIONS).stream()
                                .filter(e -> admonitions || !(e instanceof com.vladsch.flexmark.ext.admonition.AdmonitionExtension))
                                .filter(e -> autolinks || !(e instanceof com.vladsch.flexmark.ext.autolink.AutolinkExtension))
                                .map(e -> cheaper ? cheaper(e) : e)
                                .toList()))
                .customBlockParserFactory(new TextareaBlockParser.Factory())
                .customInlineParserExtensionFactory(HtmlCommentInline.syntax())
                .customInlineParserExtensionFactory(NumericReferenceInline.syntax())
                // With its own inline parser, flexmark leaves out the definitions' pre-processor: add it back.
                .customInlineParserFactory(ReferenceDefinitionParser.FACTORY)
                .paragraphPreProcessorFactory(new com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory())
                .build();
    }

    private MarkdownParser() {}

    /** The same parsing as the tables and autolink extensions, set up once per parser and skipping what cannot match. */
    private static com.vladsch.flexmark.util.misc.Extension cheaper(com.vladsch.flexmark.util.misc.Extension e) {
        if (e instanceof com.vladsch.flexmark.ext.tables.TablesExtension) return new TableParagraphs();
        if (e instanceof com.vladsch.flexmark.ext.autolink.AutolinkExtension) return new AutolinkText();
        return e;
    }

    public static Document parse(String text, String sourcePath) {
        Document doc = PARSERS[syntaxes(text)].parse(text);
        doc.set(SOURCE_PATH, sourcePath);
        return doc;
    }

    /**
     * Which optional syntaxes the text may use, as an index into PARSERS: 1 when it has an
     * admonition's "!!!" or "???", 2 when it has an autolink's "://", "www." or "@". One pass
     * (five searches of the whole text were 1.4 % of a 10,000-page build's CPU).
     */
    static int syntaxes(String text) {
        int found = 0;
        int n = text.length();
        for (int i = 0; i < n && found != 3; i++) {
            char c = text.charAt(i);
            if (c == '!' || c == '?') {
                if (i + 2 < n && text.charAt(i + 1) == c && text.charAt(i + 2) == c) found |= 1;
            } else if (c == ':') {
                if (text.startsWith("//", i + 1)) found |= 2;
            } else if (c == 'w') {
                if (text.startsWith("ww.", i + 1)) found |= 2;
            } else if (c == '@') {
                found |= 2;
            }
        }
        return found;
    }
}
