package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.waymark.testing.Projects;

/**
 * Auto-escaping makes {@code ${…}} safe in HTML text and in quoted attributes, but not in an
 * unquoted attribute, where a space in content starts a new attribute. No theme template may
 * write an interpolation inside a tag other than within quotes.
 */
class TemplateQuotingTest {
    @Test
    void everyInterpolationInsideATagIsQuoted() throws IOException {
        List<String> faults = new ArrayList<>();
        try (Stream<Path> files = Files.list(Projects.repo().resolve("templates"))) {
            for (Path t : files.filter(p -> p.toString().endsWith(".ftlh") || p.toString().endsWith(".ftlx")).toList()) {
                faults.addAll(unquoted(t.getFileName().toString(), Files.readString(t)));
            }
        }
        assertEquals(List.of(), faults);
    }

    @Test
    void theScanCatchesWhatItLooksFor() {
        assertEquals(1, unquoted("t", "<a href=${x}>").size());
        assertEquals(1, unquoted("t", "<div class=\"a\" ${attrs}>").size());
        assertEquals(1, unquoted("t", "<p<#if y> data-x=${y}</#if>>").size());
        assertEquals(0, unquoted("t", "<a href=\"${x}\" title='${y}'<#if z> data-z=\"${z}\"</#if>>${text}</a>").size());
        assertEquals(0, unquoted("t", "<#if a gt 1>${a}</#if><@l.page x=1>${b}</@l.page>").size());
    }

    /** Interpolations that stand inside an HTML tag but outside quotes, as "file:line". */
    static List<String> unquoted(String name, String text) {
        List<String> faults = new ArrayList<>();
        boolean inTag = false;
        char quote = 0;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') line++;
            boolean ftl = text.startsWith("<#", i) || text.startsWith("</#", i) || text.startsWith("<@", i)
                    || text.startsWith("</@", i);
            if (ftl && quote == 0) {
                // A FreeMarker directive (possibly inside an HTML tag): skip to its end.
                int end = text.indexOf('>', i);
                if (end < 0) break;
                for (int k = i; k < end; k++) if (text.charAt(k) == '\n') line++;
                i = end;
                continue;
            }
            if (text.startsWith("${", i) && inTag && quote == 0) faults.add(name + ":" + line);
            if (text.startsWith("${", i)) {
                int end = text.indexOf('}', i);
                if (end < 0) break;
                i = end;
                continue;
            }
            if (!inTag) {
                if (c == '<' && i + 1 < text.length() && (Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '/')) {
                    inTag = true;
                }
            } else if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                inTag = false;
            }
        }
        return faults;
    }
}
