package org.waymark.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How text is cut into words, as the search script cuts a query (assets/search.js: runs of
 * letters, digits and marks, lower case, Latin accents dropped, none over 40 characters).
 */
class SearchWordsTest {
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        SearchWords.split(text, (buf, len, hash) -> {
            String w = new String(buf, 0, len);
            assertEquals(w.hashCode(), hash, "the hash of " + w);
            out.add(w);
        });
        return out;
    }

    @Test
    void wordsAreRunsOfLettersAndDigitsInLowerCase() {
        assertEquals(List.of("rotate", "the", "api", "keys", "apikeys", "v2", "don", "t", "x86", "64", "a", "b"),
                words("Rotate the API-keys (v2): don't x86_64; a/b"));
        assertEquals(List.of(), words(" \t\n.,;-"));
        assertEquals(List.of("z9"), words("Z9"));
    }

    /** A compound is found typed as one word too: "finetune" finds "fine-tune". */
    @Test
    void wordsJoinedByHyphensAreAlsoTakenWhole() {
        assertEquals(List.of("should", "we", "fine", "tune", "finetune"), words("Should we fine-tune?"));
        assertEquals(List.of("state", "of", "the", "art", "stateoftheart", "re", "tuning", "retuning", "gpt", "4o", "gpt4o"),
                words("state-of-the-art re-tuning, GPT-4o"));
        assertEquals(List.of("cafe", "au", "lait", "cafeaulait"), words("Café-au-lait"));
        // a hyphen that joins nothing, or a dash, joins nothing
        assertEquals(List.of("well", "done", "x", "y"), words("well - done -x y- --"));
        assertEquals(List.of("fine", "tune"), words("fine\u2013tune"));
        assertEquals(List.of("a", "b", "ab"), words("a-b"));
    }

    @Test
    void latinAccentsAreDroppedAndOtherScriptsKept() {
        assertEquals(List.of("cafe", "resume", "naive", "日本語", "ελληνικα", "e"), words("Café RÉSUMÉ naïve 日本語 Ελληνικά e\u0301"));
    }

    @Test
    void wordsOverFortyCharactersAreLeftOut() {
        String forty = "a".repeat(40);
        assertEquals(List.of(forty, "next"), words(forty + " " + "b".repeat(41) + " next"));
        assertEquals(List.of("after"), words("é".repeat(41) + " after"));
    }
}
