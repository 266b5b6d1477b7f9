package org.waymark.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    static final Set<String> KEYS = Set.of("kind", "id", "title", "summary", "tags", "sections", "owner",
            "reviewed");
    static final Set<String> SECTION_KEYS = Set.of("title", "items");
    static final Set<String> ITEM_KEYS = Set.of("id", "text", "detail", "optional", "links");

    private ChecklistLoader() {}

    /** A failure when the checklist has no usable title; every other fault is reported and it still loads. */
    static LoadResult<Checklist> load(Source source, ContentPath path, YamlNode.Mapping root) {
        List<Diagnostic> out = new ArrayList<>();
        MappingFields f = new MappingFields(source, root, KEYS, "a checklist", out);
        String id = YamlDocumentLoader.id(f, path, source, out);
        Optional<String> title = f.requiredText("title");
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
                boolean several = seq.items().size() > 1;
                for (YamlNode s : seq.items()) {
                    MappingFields.of(source, s, SECTION_KEYS, "a checklist section", out)
                            .map(section -> section(source, path, section, several, out)).ifPresent(sections::add);
                }
            });
        }
        if (title.isEmpty()) return new LoadResult.Failed<>(out);
        Checklist checklist = new Checklist(source, path, id, title.get().strip(), f.text("summary").orElse("").strip(),
                f.tags(), List.copyOf(sections), ReviewFields.read(source, f, out));
        return new LoadResult.Loaded<>(checklist, out);
    }

    private static ChecklistSection section(Source source, ContentPath path, MappingFields f, boolean several,
                                            List<Diagnostic> out) {
        String title = f.text("title").orElse("");
        if (several && title.isBlank()) {
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
                    MappingFields.of(source, i, ITEM_KEYS, "a checklist item", out)
                            .flatMap(item -> item(source, path, item, out)).ifPresent(items::add);
                }
            });
        }
        return new ChecklistSection(title.strip(), f.at(), List.copyOf(items));
    }

    /** Empty when the item has no usable text (reported). */
    private static Optional<Item> item(Source source, ContentPath path, MappingFields f, List<Diagnostic> out) {
        if (!f.has("text")) {
            out.add(Diagnostic.of(source, f.at(), Code.MISSING_KEY, "a checklist item has no 'text'",
                    "add 'text:' with the step a reader ticks off"));
            return Optional.empty();
        }
        Optional<String> text = f.requiredText("text");
        if (text.isEmpty()) return Optional.empty();
        Optional<String> written = f.text("id").filter(id -> !id.isBlank());
        if (written.isPresent() && !written.get().strip().matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            out.add(Diagnostic.of(source, f.valueAt("id"), Code.INVALID_VALUE,
                    "item id '" + written.get() + "' may hold only letters, digits, '.', '_' and '-'", null));
        }
        String id = written.orElseGet(() -> Slugs.slug(text.get()));
        return Optional.of(new Item(id.strip(), f.at(), text.get().strip(),
                YamlDocumentLoader.markdown(f, "detail", source, path, out), f.bool("optional").orElse(false),
                YamlDocumentLoader.links(f, "links")));
    }
}
