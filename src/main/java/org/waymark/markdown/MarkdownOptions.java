package org.waymark.markdown;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The one flexmark configuration, shared by the parser and the HTML writer: CommonMark plus
 * the extensions the content format names. No general attribute syntax: {@code {#id}} on a
 * heading is read by {@link HeadingAnchor}, and braces anywhere else are text.
 */
public final class MarkdownOptions {
    private MarkdownOptions() {}

    public static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(),
                    StrikethroughExtension.create(), AutolinkExtension.create(), FootnoteExtension.create(),
                    AdmonitionExtension.create()))
            .set(TablesExtension.COLUMN_SPANS, false)
            .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
            .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
            .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
            // Waymark renders admonitions itself; without a value here the extension reads its
            // icon files from the jar again for every document it parses.
            .set(AdmonitionExtension.TYPE_SVG_MAP, java.util.Map.of())
            .set(HtmlRenderer.GENERATE_HEADER_ID, false)
            .set(HtmlRenderer.RENDER_HEADER_ID, false)
            .set(HtmlRenderer.SOFT_BREAK, "\n")
            .set(HtmlRenderer.ESCAPE_HTML, false)
            // As CommonMark writes them: a browser then reads exactly the URL the checks judged.
            .set(HtmlRenderer.PERCENT_ENCODE_URLS, true)
            .toImmutable();
}
