package org.waymark.markdown;

import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * An inline HTML comment as CommonMark 0.31 has it: {@code <!-->}, {@code <!--->}, or
 * {@code <!--} up to the first {@code -->}, whatever is between (flexmark 0.64 still refuses
 * {@code --} inside and shows such a comment as text).
 */
final class HtmlCommentInline implements InlineParserExtension {
    @Override
    public void finalizeDocument(InlineParser inlineParser) {}

    @Override
    public void finalizeBlock(InlineParser inlineParser) {}

    @Override
    public boolean parse(LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int at = parser.getIndex();
        if (!input.subSequence(at).startsWith("<!--")) return false;
        int end;
        if (input.subSequence(at).startsWith("<!-->")) {
            end = at + 5;
        } else if (input.subSequence(at).startsWith("<!--->")) {
            end = at + 6;
        } else {
            int close = input.indexOf("-->", at + 4);
            if (close < 0) return false;
            end = close + 3;
        }
        parser.flushTextNode();
        parser.getBlock().appendChild(new HtmlInlineComment(input.subSequence(at, end)));
        parser.setIndex(end);
        return true;
    }

    static InlineSyntax syntax() {
        return new InlineSyntax("<", HtmlCommentInline::new);
    }
}
