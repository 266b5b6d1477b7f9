package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waymark.html.ScriptJson;

class ScriptJsonTest {
    @Test
    void nothingInJsonCanEndTheScriptElement() {
        String json = ScriptJson.write(Map.of("x", "</script><!-- & 'q' \u2028\u2029"));
        assertFalse(json.contains("<"));
        assertFalse(json.contains(">"));
        assertFalse(json.contains("&"));
        assertFalse(json.contains("'"));
        assertFalse(json.contains("\u2028"));
        assertFalse(json.contains("\u2029"));
        assertEquals("{\"x\":\"\\u003C/script\\u003E\\u003C!-- \\u0026 \\u0027q\\u0027 \\u2028\\u2029\"}", json);
    }
}
