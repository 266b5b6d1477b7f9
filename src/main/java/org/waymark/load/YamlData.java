package org.waymark.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns free-form YAML (front matter {@code extra}) into plain maps, lists and strings for templates. */
final class YamlData {
    private YamlData() {}

    static Object plain(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) return s.isNull() ? "" : s.value();
        if (node instanceof YamlNode.Sequence seq) {
            List<Object> items = new ArrayList<>();
            seq.items().forEach(i -> items.add(plain(i)));
            return List.copyOf(items);
        }
        YamlNode.Mapping m = (YamlNode.Mapping) node;
        Map<String, Object> map = new LinkedHashMap<>();
        m.entries().forEach(e -> map.put(e.key().value(), plain(e.value())));
        return java.util.Collections.unmodifiableMap(map);
    }
}
