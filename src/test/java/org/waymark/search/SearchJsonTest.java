package org.waymark.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.waymark.html.ScriptJson;

/** The index's own JSON writer gives the bytes ScriptJson gave the index files, escapes and all. */
class SearchJsonTest {
    private static String viaScriptJson(String name, List<String> value) {
        String js = "window.Waymark&&Waymark.searchData&&Waymark.searchData(" + ScriptJson.write(name) + ","
                + ScriptJson.write(value) + ");\n";
        // As the stage wrote it before: a lone surrogate becomes '?' in the file.
        return new String(js.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static String viaSearchJson(String name, List<String> value) {
        SearchJson json = SearchJson.file(name, 16).raw("[");
        for (int i = 0; i < value.size(); i++) {
            if (i > 0) json.raw(",");
            json.string(value.get(i));
        }
        return new String(json.raw("]").end(), StandardCharsets.UTF_8);
    }

    @Test
    void everyCharacterIsWrittenAsScriptJsonWritesIt() {
        List<String> value = new ArrayList<>();
        for (int c = 0; c < 0x3100; c++) value.add("a" + (char) c + "b");
        value.add("</script><!-- & 'quoted' \"double\" \\ \u2028\u2029 café … 😀 \ud83d x \ude00 y");
        value.add("");
        value.add(null);
        assertEquals(viaScriptJson("h/0", value), viaSearchJson("h/0", value));
    }

    @Test
    void randomTextIsWrittenAsScriptJsonWritesIt() {
        Random random = new Random(9);
        String alphabet = "aZ09 <>&'\"\\/\n\t\r\u0000\u001f\u007f\u00e9\u2028\u2029\u20ac\ud83d\ude00\ud800\udc00";
        List<String> value = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            value.add(b.toString());
        }
        assertEquals(viaScriptJson("w-_", value), viaSearchJson("w-_", value));
    }
}
