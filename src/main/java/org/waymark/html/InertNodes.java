package org.waymark.html;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.ProcessingInstruction;
import org.jsoup.nodes.TextNode;
import org.jsoup.nodes.XmlDeclaration;

/**
 * Carries comments (and processing instructions and declarations, which an HTML parser reads
 * as comments) through jsoup's cleaner, which keeps only elements and text: each becomes a
 * numbered marker in a text node before cleaning, and itself again after. The marker is
 * chosen so that it occurs nowhere in the HTML, so content cannot write one.
 */
final class InertNodes {
    private InertNodes() {}

    static Document keptThrough(Document doc, String html, UnaryOperator<Document> clean) {
        List<Node> inert = new ArrayList<>();
        doc.body().traverse((node, depth) -> {
            if (node instanceof Comment || node instanceof ProcessingInstruction || node instanceof XmlDeclaration) {
                inert.add(node);
            }
        });
        if (inert.isEmpty()) return clean.apply(doc);
        String mark = markNotIn(html);
        for (int i = 0; i < inert.size(); i++) inert.get(i).replaceWith(new TextNode(mark + i + mark));
        Document cleaned = clean.apply(doc);
        Pattern marker = Pattern.compile(Pattern.quote(mark) + "([0-9]+)" + Pattern.quote(mark));
        List<TextNode> texts = new ArrayList<>();
        cleaned.body().traverse((node, depth) -> {
            if (node instanceof TextNode t && t.getWholeText().contains(mark)) texts.add(t);
        });
        for (TextNode t : texts) {
            String text = t.getWholeText();
            Matcher m = marker.matcher(text);
            int at = 0;
            List<Node> parts = new ArrayList<>();
            while (m.find()) {
                if (m.start() > at) parts.add(new TextNode(text.substring(at, m.start())));
                parts.add(inert.get(Integer.parseInt(m.group(1))).clone());
                at = m.end();
            }
            if (parts.isEmpty()) continue;
            if (at < text.length()) parts.add(new TextNode(text.substring(at)));
            for (Node part : parts) t.before(part);
            t.remove();
        }
        return cleaned;
    }

    /** A run of a private-use character long enough that the HTML does not hold it. */
    private static String markNotIn(String html) {
        String mark = "\uE000";
        while (html.contains(mark)) mark += "\uE000";
        return mark;
    }
}
