package org.waymark.mkdocs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.waymark.load.YamlNode;
import org.waymark.text.Position;

/**
 * Reads MkDocs' {@code nav}: a list whose entries are a path ({@code - index.md}), a titled
 * path or address ({@code - Home: index.md}, {@code - Issues: https://…}) or a titled list
 * ({@code - Guide: [entries]}). Anything else is reported and left out.
 */
final class NavReader {
    private final Function<Position, String> where;
    private final List<Leftover> leftovers;

    NavReader(Function<Position, String> where, List<Leftover> leftovers) {
        this.where = where;
        this.leftovers = leftovers;
    }

    List<NavItem> read(YamlNode node) {
        if (node instanceof YamlNode.Sequence seq) return items(seq);
        if (!(node instanceof YamlNode.Scalar s && s.isNull())) {
            leftovers.add(new Leftover(where.apply(node.at()), "nav", "it must be a list of entries"));
        }
        return List.of();
    }

    private List<NavItem> items(YamlNode.Sequence seq) {
        List<NavItem> items = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            NavItem read = item(item);
            if (read != null) items.add(read);
        }
        return List.copyOf(items);
    }

    /** One entry; null (and reported) when it has none of the three shapes. */
    private NavItem item(YamlNode node) {
        if (node instanceof YamlNode.Scalar s && !s.isNull()) return target(s.value().strip(), "", s.at());
        if (node instanceof YamlNode.Mapping m && m.entries().size() == 1) {
            YamlNode.Entry e = m.entries().get(0);
            String title = e.key().value().strip();
            if (e.value() instanceof YamlNode.Scalar s && !s.isNull()) return target(s.value().strip(), title, e.key().at());
            if (e.value() instanceof YamlNode.Sequence seq) return new NavItem.Section(title, items(seq), e.key().at());
        }
        leftovers.add(new Leftover(where.apply(node.at()), "nav entry",
                "an entry is a path, 'Title: path', 'Title: https://…' or 'Title: [entries]'"));
        return null;
    }

    private static NavItem target(String value, String title, Position at) {
        boolean address = value.matches("(?i)[a-z][a-z0-9+.-]*:.*") || value.startsWith("//");
        return address ? new NavItem.Link(value, title, at) : new NavItem.Page(value, title, at);
    }
}
