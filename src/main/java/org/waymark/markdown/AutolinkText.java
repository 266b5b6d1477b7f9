package org.waymark.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * The autolink extension's parsing (flexmark's AutolinkExtension registers only this post
 * processor), with the same post-processor, asked only about a text node in which it can find
 * a link: one holding "://", "www." or '@' (what its link finder and its URI pattern need), or
 * a '\' or '&' that unescaping could turn into one, or followed by an entity it joins to the
 * text. It looked at every text node of a page that had any of these anywhere, even in code.
 */
final class AutolinkText implements Parser.ParserExtension {
    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    private static final class Factory extends NodePostProcessorFactory {
        private final AutolinkNodePostProcessor.Factory autolinks = new AutolinkNodePostProcessor.Factory();

        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new NodePostProcessor() {
                private NodePostProcessor inner;

                @Override
                public void process(com.vladsch.flexmark.util.ast.NodeTracker state, Node node) {
                    if (!mayLink(node)) return;
                    if (inner == null) inner = autolinks.apply(document);
                    inner.process(state, node);
                }
            };
        }
    }

    static boolean mayLink(Node node) {
        Node next = node.getNext();
        if (next instanceof HtmlEntity || next instanceof TypographicText) return true;
        String s = node.getChars().toString();
        return s.indexOf('@') >= 0 || s.indexOf('\\') >= 0 || s.indexOf('&') >= 0 || s.contains("://") || s.contains("www.");
    }
}
