package org.waymark.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser, with one CommonMark rule for link reference definitions it does
 * not keep: a title must be separated from the destination by white space. flexmark reads
 * {@code [foo]: <bar>(baz)} as a definition with the title "baz", a tooltip, so the words
 * would leave the page; CommonMark reads it as a paragraph.
 */
final class ReferenceDefinitionParser extends InlineParserImpl {
    /** A label, ':', a destination in angle brackets, and a title opener right after it. */
    private static final Pattern GLUED_TITLE = Pattern.compile(
            "^\\[(?:[^\\\\\\[\\]]|\\\\.){0,999}]:[ \\t]*(?:\\r?\\n[ \\t]*)?<(?:[^<>\\n\\\\]|\\\\.)*>[\"'(]");

    private ReferenceDefinitionParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                                      Map<Character, DelimiterProcessor> delimiterProcessors,
                                      LinkRefProcessorData linkRefProcessors,
                                      List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
    }

    @Override
    protected int parseReference(Block block, BasedSequence s) {
        if (GLUED_TITLE.matcher(s).find()) return 0;
        return super.parseReference(block, s);
    }

    static final InlineParserFactory FACTORY = ReferenceDefinitionParser::new;
}
