package org.waymark.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlockContent;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CommonMark's HTML block of type 1 for {@code <textarea>} (added to the spec in 0.30;
 * flexmark 0.64 knows only script, pre and style): the block runs to the line with
 * {@code </textarea>}, blank lines included, and its text is not read as Markdown.
 */
final class TextareaBlockParser extends AbstractBlockParser {
    private static final Pattern OPENS = Pattern.compile("^<textarea(?:\\s|>|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSES = Pattern.compile("</textarea>", Pattern.CASE_INSENSITIVE);

    private final HtmlBlock block = new HtmlBlock();
    private BlockContent content = new BlockContent();
    private boolean finished;

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        return finished ? BlockContinue.none() : BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
        if (CLOSES.matcher(line).find()) finished = true;
        content.add(line, state.getIndent());
    }

    @Override
    public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
        return false;
    }

    @Override
    public boolean isRawText() {
        return true;
    }

    @Override
    public void closeBlock(ParserState state) {
        block.setContent(content);
        content = null;
    }

    /** Runs where flexmark's own HTML block parser runs, just before it. */
    static final class Factory implements CustomBlockParserFactory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of(BlockQuoteParser.Factory.class, HeadingParser.Factory.class, FencedCodeBlockParser.Factory.class);
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return Set.of(HtmlBlockParser.Factory.class, ThematicBreakParser.Factory.class, ListBlockParser.Factory.class,
                    IndentedCodeBlockParser.Factory.class);
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new AbstractBlockParserFactory(options) {
                @Override
                public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                    int at = state.getNextNonSpaceIndex();
                    BasedSequence line = state.getLine();
                    if (state.getIndent() >= 4 || matched.getBlockParser() instanceof HtmlBlockParser
                            || matched.getBlockParser() instanceof TextareaBlockParser
                            || !OPENS.matcher(line.subSequence(at, line.length())).find()) {
                        return BlockStart.none();
                    }
                    return BlockStart.of(new TextareaBlockParser()).atIndex(state.getIndex());
                }
            };
        }
    }
}
