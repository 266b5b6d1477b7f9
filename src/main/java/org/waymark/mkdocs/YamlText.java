package org.waymark.mkdocs;

/** Text written into YAML the import produces: plain where that reads back the same, else double-quoted. */
final class YamlText {
    private YamlText() {}

    static String of(String value) {
        boolean plain = value.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} _./()'&+,?!-]*") && !value.endsWith(" ")
                && !value.contains(": ") && !value.contains(" #") && !value.equalsIgnoreCase("null")
                && !value.equals("~");
        if (plain) return value;
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
