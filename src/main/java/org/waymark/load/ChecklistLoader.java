package org.waymark.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.markdown.Slugs;
import org.waymark.model.Checklist;
import org.waymark.model.ChecklistSection;
import org.waymark.model.ContentPath;
import org.waymark.model.Item;
import org.waymark.text.Source;

/** Reads a {@code kind: checklist} file into a {@link Checklist}. */
final class ChecklistLoader {
    static final Set<String> KEYS = Set.of("kind", "id", "title", "summary", "tags", "sections");
    static final Set<String> SECTION_KEYS = Set.of("title", "items");
    static final Set<String> ITEM_KEYS = Set.of("id", "text", "detail", "optional", "links");

    private ChecklistLoader() {}

    static Checklist load(Source source, ContentPath path, YamlNode.Mapping root, List<Diagnostic> out) {
        MappingFields f = new MappingFields(source, root, KEYS, "a checklist", out);
        String id = YamlDocumentLoader.id(f, path, source, out);
        String title = f.requiredText("title");
        List<ChecklistSection> sections = new ArrayList<>();
        if (!f.has("sections")) {
            out.add(Diagnostic.of(source, f.at(), Code.MISSING_KEY, "the checklist has no 'sections'",
                    "add 'sections:' with at least one section, each with 'items:' that have a 'text:'"));
        } else {
            f.sequence("sections").ifPresent(seq -> {
                if (seq.items().isEmpty()) {
                    out.add(Diagnostic.of(source, seq.at(), Code.EMPTY_SECTION, "the checklist has no sections",
                            "add a section with at least one item"));
                }
                for (YamlNode s : seq.items()) {
                    ChecklistSection section = section(source, path, s, seq.items().size() > 1, out);
                    if (section != null) sections.add(section);
                }
            });
        }
        if (title == null) return null;
        return new Checklist(source, path, id, title.strip(), PageLoader.orEmpty(f.text("summary")).strip(),
                f.textList("tags"), List.copyOf(sections));
    }

    private static ChecklistSection section(Source source, ContentPath path, YamlNode node, boolean several, List<Diagnostic> out) {
        MappingFields f = MappingFields.of(source, node, SECTION_KEYS, "a checklist section", out).orElse(null);
        if (f == null) return null;
        String title = f.text("title");
        if (several && (title == null || title.isBlank())) {
            out.add(Diagnostic.of(source, f.at(), Code.MISSING_KEY, "a section has no 'title'",
                    "when a checklist has several sections, each needs a title"));
        }
        List<Item> items = new ArrayList<>();
        if (!f.has("items")) {
            out.add(Diagnostic.of(source, f.at(), Code.EMPTY_SECTION, "a section has no items",
                    "add 'items:' with at least one item"));
        } else {
            f.sequence("items").ifPresent(seq -> {
                if (seq.items().isEmpty()) {
                    out.add(Diagnostic.of(source, seq.at(), Code.EMPTY_SECTION, "a section has no items",
                            "add at least one item, or remove the section"));
                }
                for (YamlNode i : seq.items()) {
                    Item item = item(source, path, i, out);
                    if (item != null) items.add(item);
                }
            });
        }
        return new ChecklistSection(title == null ? "" : title.strip(), f.at(), List.copyOf(items));
    }

    private static Item item(Source source, ContentPath path, YamlNode node, List<Diagnostic> out) {
        MappingFields f = MappingFields.of(source, node, ITEM_KEYS, "a checklist item", out).orElse(null);
        if (f == null) return null;
        if (!f.has("text")) {
            out.add(Diagnostic.of(source, f.at(), Code.MISSING_KEY, "a checklist item has no 'text'",
                    "add 'text:' with the step a reader ticks off"));
            return null;
        }
        String text = f.requiredText("text");
        if (text == null) return null;
        String id = f.text("id");
        if (id == null || id.isBlank()) {
            id = Slugs.slug(text);
        } else if (!id.strip().matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            out.add(Diagnostic.of(source, f.valueAt("id"), Code.INVALID_VALUE,
                    "item id '" + id + "' may hold only letters, digits, '.', '_' and '-'", null));
        }
        return new Item(id.strip(), f.at(), text.strip(), YamlDocumentLoader.markdown(f, "detail", source, path, out),
                f.bool("optional").orElse(false), YamlDocumentLoader.links(f, "links"));
    }
}
