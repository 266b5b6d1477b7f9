package org.waymark.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.diagnostic.Severity;
import org.waymark.model.Checklist;
import org.waymark.model.ChecklistSection;
import org.waymark.model.ContentPath;
import org.waymark.model.DecisionTree;
import org.waymark.model.Document;
import org.waymark.model.Heading;
import org.waymark.model.HtmlSlot;
import org.waymark.model.Image;
import org.waymark.model.Item;
import org.waymark.model.Link;
import org.waymark.model.Markdown;
import org.waymark.model.Node;
import org.waymark.model.Option;
import org.waymark.model.Outcome;
import org.waymark.model.Page;
import org.waymark.model.Question;
import org.waymark.model.RawHtml;
import org.waymark.model.Review;
import org.waymark.model.Tone;
import org.waymark.text.Position;
import org.waymark.text.Source;

/** Reads back what {@link LoadEncoder} wrote, field for field. */
final class LoadDecoder {
    private final StoreBytes.In in;
    private final Supplier<Source> source;

    private LoadDecoder(byte[] bytes, Supplier<Source> source) {
        this.in = new StoreBytes.In(bytes);
        this.source = source;
    }

    /**
     * The file's load result, its document's source made by {@code source} (from the bytes the
     * record was found by); throws on bytes that are not a whole record (the caller parses the
     * file again).
     */
    static ContentFile decode(byte[] bytes, Supplier<Source> source) {
        LoadDecoder d = new LoadDecoder(bytes, source);
        ContentFile file;
        if (d.in.bool()) {
            Document doc = d.document();
            file = new ContentFile.Loaded(doc, d.list(d::diagnostic));
        } else {
            ContentPath path = new ContentPath(d.in.string());
            file = new ContentFile.Failed(path, d.list(d::diagnostic));
        }
        if (!d.in.atEnd()) throw new IllegalStateException("stored bytes go on past the record");
        return file;
    }

    private Document document() {
        int kind = in.u8();
        Source source = this.source.get();
        ContentPath path = new ContentPath(in.string());
        String title = in.string();
        String summary = in.string();
        List<String> tags = list(() -> in.string().intern());  // one string a tag, as MappingFields.tags keeps them
        if (kind == 0) {
            Integer order = in.bool() ? in.i32() : null;
            boolean draft = in.bool();
            @SuppressWarnings("unchecked")
            Map<String, Object> extra = (Map<String, Object>) value();
            Markdown body = markdown();
            boolean titleFromBody = in.bool();
            return new Page(source, path, title, summary, tags, order, draft, extra, body, titleFromBody, review());
        }
        if (kind == 1) {
            String id = in.string();
            String start = in.string();
            Position startAt = in.position();
            int count = in.i32();
            Map<String, Node> nodes = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                Node node = node();
                nodes.put(node.id(), node);
            }
            return new DecisionTree(source, path, id, title, summary, tags, start, startAt,
                    Collections.unmodifiableMap(nodes), review());
        }
        if (kind != 2) throw new IllegalStateException("no document kind " + kind);
        String id = in.string();
        return new Checklist(source, path, id, title, summary, tags, list(this::section), review());
    }

    private Node node() {
        if (in.u8() == 0) {
            return new Question(in.string(), in.position(), in.string(), markdown(),
                    list(() -> new Option(in.string(), in.string(), in.string(), in.position(), in.position())));
        }
        String id = in.string();
        Position at = in.position();
        String outcome = in.string();
        int tone = in.i32();
        Markdown body = markdown();
        List<Link> links = list(this::link);
        Link checklist = in.bool() ? link() : null;
        return new Outcome(id, at, outcome, tone < 0 ? null : Tone.values()[tone], body, links, checklist);
    }

    private ChecklistSection section() {
        return new ChecklistSection(in.string(), in.position(), list(() -> new Item(in.string(), in.position(),
                in.string(), markdown(), in.bool(), list(this::link))));
    }

    private Markdown markdown() {
        if (!in.bool()) return null;
        boolean blank = in.bool();
        String sourcePath = in.string();
        boolean startsWithH1 = in.bool();
        var html = in.packed();
        List<HtmlSlot> slots = list(() -> new HtmlSlot(in.bool(), in.string()));
        List<Heading> headings = list(() -> new Heading(in.i32(), in.string(), in.string(), in.i32(), in.i32(), in.i32(), in.i32()));
        List<Link> links = list(this::link);
        List<Image> images = list(() -> new Image(in.string(), in.string(), in.position()));
        List<RawHtml> raw = list(() -> new RawHtml(in.string(), list(in::position)));
        return new Markdown(blank, sourcePath, startsWithH1, html, MarkdownReader.shared(slots, links), headings, links,
                images, raw);
    }

    private Link link() {
        String target = in.string();
        int kind = in.i32();
        return new Link(target, kind < 0 ? null : Link.Kind.values()[kind], in.position(), in.position(), in.bool());
    }

    private Review review() {
        if (!in.bool()) return null;
        String owner = in.string();
        String reviewed = in.string();
        Position at = in.position();
        // the loader gives the one NONE when neither is written; keep it so
        if (owner == null && reviewed == null && at == null) return Review.NONE;
        return new Review(owner, reviewed == null ? null : LocalDate.parse(reviewed), at);
    }

    private Diagnostic diagnostic() {
        return new Diagnostic(in.string(), in.i32(), in.i32(), in.i32(), in.i32(), Severity.valueOf(in.string()),
                Code.valueOf(in.string()), in.string(), in.string(), in.string());
    }

    private Object value() {
        switch (in.u8()) {
            case 0:
                return null;
            case 1:
                return in.string();
            case 2:
                return list(this::value);
            case 3:
                int count = in.i32();
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < count; i++) map.put(in.string(), value());
                return Collections.unmodifiableMap(map);
            default:
                throw new IllegalStateException("no value kind");
        }
    }

    private <T> List<T> list(Supplier<T> each) {
        int count = in.i32();
        if (count < 0) return null;
        List<T> items = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) items.add(each.get());
        return Collections.unmodifiableList(items);
    }
}
