package org.waymark.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numeric character reference has at most 7 decimal or 6 hexadecimal digits (CommonMark);
 * flexmark 0.64 also decodes 8, so {@code &#87654321;} would show as U+FFFD and its digits
 * would be lost. Such a longer one is kept as the text it is ({@link Literal}).
 */
final class NumericReferenceInline implements InlineParserExtension {
    private static final Pattern TOO_LONG = Pattern.compile("^&#(?:[0-9]{8,}|[xX][0-9a-fA-F]{7,});");

    /** Text written exactly as it stands, with no entity or escape decoded. */
    static final class Literal extends Node {
        Literal(BasedSequence chars) {
            super(chars);
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    @Override
    public void finalizeDocument(InlineParser inlineParser) {}

    @Override
    public void finalizeBlock(InlineParser inlineParser) {}

    @Override
    public boolean parse(LightInlineParser parser) {
        BasedSequence rest = parser.getInput().subSequence(parser.getIndex());
        Matcher m = TOO_LONG.matcher(rest);
        if (!m.find()) return false;
        parser.flushTextNode();
        parser.getBlock().appendChild(new Literal(rest.subSequence(0, m.end())));
        parser.setIndex(parser.getIndex() + m.end());
        return true;
    }

    static InlineSyntax syntax() {
        return new InlineSyntax("&", NumericReferenceInline::new);
    }
}
