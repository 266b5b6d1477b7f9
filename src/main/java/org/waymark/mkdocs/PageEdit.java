package org.waymark.mkdocs;

import java.util.Map;
import org.waymark.load.FrontMatter;

/**
 * Adds keys to a copied page's front matter ({@code order}, a {@code title} from the nav),
 * keeping the rest of the file byte for byte: its byte-order mark, its line ends, its own keys.
 * A key the page already has is left as the page has it.
 */
final class PageEdit {
    private PageEdit() {}

    static String withKeys(MarkdownPage page, Map<String, String> add) {
        String text = page.text();
        String bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
        String rest = text.substring(bom.length());
        String eol = rest.contains("\r\n") ? "\r\n" : "\n";
        StringBuilder lines = new StringBuilder();
        add.forEach((key, value) -> {
            if (!page.keys().contains(key)) lines.append(key).append(": ").append(YamlText.of(value)).append(eol);
        });
        if (lines.isEmpty() || page.frontMatter() instanceof FrontMatter.Unclosed) return text;
        if (page.frontMatter() instanceof FrontMatter.Closed) {
            int firstLineEnd = rest.indexOf('\n') + 1;
            return bom + rest.substring(0, firstLineEnd) + lines + rest.substring(firstLineEnd);
        }
        return bom + "---" + eol + lines + "---" + eol + rest;
    }
}
