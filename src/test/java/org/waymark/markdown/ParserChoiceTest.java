package org.waymark.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one-pass scan picks the parser the five searches of the text picked. */
class ParserChoiceTest {
    private static int bySearch(String text) {
        boolean admonitions = text.contains("!!!") || text.contains("???");
        boolean autolinks = text.contains("://") || text.contains("www.") || text.indexOf('@') >= 0;
        return (admonitions ? 1 : 0) | (autolinks ? 2 : 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "# Plain\n\nText.", "!!! note\n    Body", "??? tip", "!! ?? ?!? !?!", "see https://x.org",
        "www.example.org", "mail me@example.org", "!!!\nhttps://x", "ww. w.w. :/ :/: //", "end!!", "end??",
        "end!!!", "http:/", "wwww.", "w"})
    void picksAsTheSearchesDid(String text) {
        assertEquals(bySearch(text), MarkdownParser.syntaxes(text), text);
    }

    @Test
    void picksAsTheSearchesDidOnRandomText() {
        Random random = new Random(7);
        String alphabet = "!?:/w.@ a\n";
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            assertEquals(bySearch(b.toString()), MarkdownParser.syntaxes(b.toString()), b.toString());
        }
    }
}
