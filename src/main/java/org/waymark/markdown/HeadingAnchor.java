package org.waymark.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one attribute the format has: {@code {#id}} at the end of a heading sets its id (also
 * written {@code { #id }} or {@code {: #id }}, as MkDocs's attr_list has it). It is read here, on
 * the parsed heading, and taken out of the heading's text; braces anywhere else are text (a
 * general attribute syntax would swallow words such as {@code {placeholder}}).
 */
public final class HeadingAnchor {
    /** An id as a heading may set it: a letter or digit first, then letters, digits, '-', '_', '.' or ':'. */
    public static final String ID_PATTERN = "[\\p{L}\\p{N}][\\p{L}\\p{N}_.:-]*";
    private static final Pattern ID = Pattern.compile(ID_PATTERN);

    private HeadingAnchor() {}

    /**
     * The id written as {@code {#id}} after the heading's text, if any, removed from the heading
     * so that it is neither shown nor part of the heading's text.
     */
    public static Optional<String> take(Heading heading) {
        List<Text> tail = new ArrayList<>();
        for (Node n = heading.getLastChild(); n instanceof Text t; n = n.getPrevious()) tail.add(0, t);
        if (tail.isEmpty()) return Optional.empty();
        StringBuilder text = new StringBuilder();
        for (Text t : tail) text.append(t.getChars());
        // Found from the end, without a pattern that could backtrack over a long heading.
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) end--;
        int open = text.lastIndexOf("{", end);
        if (end == 0 || text.charAt(end - 1) != '}' || open < 0) return Optional.empty();
        // {#id}, and as MkDocs's attr_list also writes it: { #id }, {: #id }
        int from = open + 1;
        int to = end - 1;
        if (from < to && text.charAt(from) == ':') from++;
        while (from < to && (text.charAt(from) == ' ' || text.charAt(from) == '\t')) from++;
        while (to > from && (text.charAt(to - 1) == ' ' || text.charAt(to - 1) == '\t')) to--;
        if (from >= to || text.charAt(from) != '#' || !ID.matcher(text.subSequence(from + 1, to)).matches()) {
            return Optional.empty();
        }
        String id = text.substring(from + 1, to);
        int keep = open;
        while (keep > 0 && (text.charAt(keep - 1) == ' ' || text.charAt(keep - 1) == '\t')) keep--;
        for (Text t : tail) {
            BasedSequence chars = t.getChars();
            if (keep >= chars.length()) {
                keep -= chars.length();
            } else if (keep > 0) {
                t.setChars(chars.subSequence(0, keep));
                keep = 0;
            } else {
                t.unlink();
            }
        }
        return Optional.of(id);
    }
}
