package org.waymark.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * The tables extension's parsing (flexmark's TablesExtension registers only its paragraph
 * pre-processor), with the same pre-processor: built once per parser instead of once per
 * document (it compiles a regular expression each time; it keeps no state between paragraphs),
 * and not asked about a paragraph whose first line has no '|', which it never makes a table.
 */
final class TableParagraphs implements Parser.ParserExtension {
    private final ParagraphPreProcessorFactory tables = TableParagraphPreProcessor.Factory();
    private volatile ParagraphPreProcessor shared;

    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new ParagraphPreProcessorFactory() {
            @Override
            public Set<Class<?>> getAfterDependents() {
                return tables.getAfterDependents();
            }

            @Override
            public Set<Class<?>> getBeforeDependents() {
                return tables.getBeforeDependents();
            }

            @Override
            public boolean affectsGlobalScope() {
                return tables.affectsGlobalScope();
            }

            @Override
            public ParagraphPreProcessor apply(ParserState state) {
                ParagraphPreProcessor p = shared;
                if (p == null) shared = p = tables.apply(state);
                ParagraphPreProcessor table = p;
                return (block, s) -> mayBeTable(block) ? table.preProcessBlock(block, s) : 0;
            }
        });
    }

    private static boolean mayBeTable(Paragraph block) {
        if (block.getLineCount() == 0) return true;
        BasedSequence line = block.getContentLines().get(0);
        if (line.getBase() instanceof String base && line.getEndOffset() - line.getStartOffset() == line.length()
                && line instanceof com.vladsch.flexmark.util.sequence.SubSequence) {
            // within the line only: indexOf from the line went on to the document's end when the
            // line had no '|', for every paragraph (2 % of a 10,000-page build's CPU)
            for (int i = line.getStartOffset(), end = line.getEndOffset(); i < end; i++) {
                if (base.charAt(i) == '|') return true;
            }
            return false;
        }
        return line.indexOf('|') >= 0;
    }
}
