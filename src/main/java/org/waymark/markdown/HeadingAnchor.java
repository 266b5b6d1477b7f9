package org.waymark.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one attribute the format has: {@code {#id}} at the end of a heading sets its id. It is
 * read here, on the parsed heading, and taken out of the heading's text; braces anywhere else
 * are text (a general attribute syntax would swallow words such as {@code {placeholder}}).
 */
public final class HeadingAnchor {
    /** A letter or digit first, then letters, digits, '-', '_', '.' or ':'; white space may precede it. */
    private static final Pattern TRAILING_ID = Pattern.compile("[ \\t]*\\{#([\\p{L}\\p{N}][\\p{L}\\p{N}_.:-]*)}[ \\t]*$");

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
        Matcher m = TRAILING_ID.matcher(text);
        if (!m.find()) return Optional.empty();
        int keep = m.start();
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
        return Optional.of(m.group(1));
    }
}
