package org.waymark.load;

import java.util.List;
import java.util.Map;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.model.Checklist;
import org.waymark.model.ChecklistSection;
import org.waymark.model.DecisionTree;
import org.waymark.model.Document;
import org.waymark.model.Heading;
import org.waymark.model.HtmlSlot;
import org.waymark.model.Image;
import org.waymark.model.Item;
import org.waymark.model.Link;
import org.waymark.model.Markdown;
import org.waymark.model.Node;
import org.waymark.model.Outcome;
import org.waymark.model.Page;
import org.waymark.model.Question;
import org.waymark.model.RawHtml;
import org.waymark.model.Review;
import org.waymark.text.PackedText;
import org.waymark.text.Position;

/**
 * One content file's load result as bytes, for {@link LoadStore}; {@link LoadDecoder} reads them
 * back. Every field of every record is written, in declaration order, so that what is read
 * back is equal to what was loaded. Any value may be null. A value this does not know (only
 * front matter's {@code extra} holds arbitrary ones) makes the file not storable: it is then
 * parsed again next time, which costs time, never correctness.
 */
final class LoadEncoder {
    /** Thrown for a value that has no encoding; the file is simply not stored. */
    static final class NotStorable extends RuntimeException {
        NotStorable(Object value) { super("no encoding for " + value.getClass().getName(), null, false, false); }
    }

    private final StoreBytes.Out out = new StoreBytes.Out();

    /** {@code file}'s bytes, or null when it holds a value with no encoding. */
    static byte[] encode(ContentFile file) {
        LoadEncoder e = new LoadEncoder();
        try {
            if (file instanceof ContentFile.Loaded loaded) {
                e.bool(true);
                e.document(loaded.document());
            } else {
                e.bool(false);
                e.string(file.path().value());
            }
            e.list(file.diagnostics(), e::diagnostic);
        } catch (NotStorable unknown) {
            return null;
        }
        return e.out.toBytes();
    }

    private void document(Document d) {
        if (d instanceof Page p) {
            u8(0);
            common(p.path().value(), p.title(), p.summary(), p.tags());
            bool(p.order() != null);
            if (p.order() != null) i32(p.order());
            bool(p.draft());
            value(p.extra());
            markdown(p.body());
            bool(p.titleFromBody());
            review(p.review());
        } else if (d instanceof DecisionTree t) {
            u8(1);
            common(t.path().value(), t.title(), t.summary(), t.tags());
            string(t.id());
            string(t.start());
            position(t.startAt());
            i32(t.nodes().size());
            for (Node node : t.nodes().values()) node(node);
            review(t.review());
        } else if (d instanceof Checklist c) {
            u8(2);
            common(c.path().value(), c.title(), c.summary(), c.tags());
            string(c.id());
            list(c.sections(), this::section);
            review(c.review());
        }
    }

    /** The source is not kept: a build has its bytes already, to find the record by (LoadStore). */
    private void common(String path, String title, String summary, List<String> tags) {
        string(path);
        string(title);
        string(summary);
        list(tags, this::string);
    }

    private void node(Node node) {
        if (node instanceof Question q) {
            u8(0);
            string(q.id());
            position(q.at());
            string(q.question());
            markdown(q.help());
            list(q.options(), o -> {
                string(o.label());
                string(o.next());
                string(o.hint());
                position(o.at());
                position(o.nextAt());
            });
        } else {
            Outcome o = (Outcome) node;
            u8(1);
            string(o.id());
            position(o.at());
            string(o.outcome());
            i32(o.tone() == null ? -1 : o.tone().ordinal());
            markdown(o.body());
            list(o.links(), this::link);
            bool(o.checklist() != null);
            if (o.checklist() != null) link(o.checklist());
        }
    }

    private void section(ChecklistSection s) {
        string(s.title());
        position(s.at());
        list(s.items(), (Item i) -> {
            string(i.id());
            position(i.at());
            string(i.text());
            markdown(i.detail());
            bool(i.optional());
            list(i.links(), this::link);
        });
    }

    private void markdown(Markdown m) {
        bool(m != null);
        if (m == null) return;
        bool(m.blank());
        string(m.sourcePath());
        bool(m.startsWithH1());
        packed(m.packedHtml());
        list(m.slots(), (HtmlSlot s) -> {
            bool(s.embed());
            string(s.target());
        });
        list(m.headings(), (Heading h) -> {
            i32(h.level());
            string(h.text());
            string(h.distinctId());
            i32(h.line());
            i32(h.column());
            i32(h.endLine());
            i32(h.endColumn());
        });
        list(m.links(), this::link);
        list(m.images(), (Image i) -> {
            string(i.target());
            string(i.alt());
            position(i.at());
        });
        list(m.rawHtml(), (RawHtml r) -> {
            string(r.html());
            list(r.lineStarts(), this::position);
        });
    }

    private void link(Link l) {
        string(l.target());
        i32(l.kind() == null ? -1 : l.kind().ordinal());
        position(l.at());
        position(l.end());
        bool(l.cleanedAway());
    }

    private void review(Review r) {
        bool(r != null);
        if (r == null) return;
        string(r.owner());
        string(r.reviewed() == null ? null : r.reviewed().toString());
        position(r.reviewedAt());
    }

    private void diagnostic(Diagnostic d) {
        string(d.path());
        i32(d.line());
        i32(d.column());
        i32(d.endLine());
        i32(d.endColumn());
        string(d.severity().name());
        string(d.code().name());
        string(d.message());
        string(d.hint());
        string(d.sourceLine());
    }

    /** Front matter's free-form data: strings, lists and maps of them (see YamlData). */
    private void value(Object v) {
        if (v == null) {
            u8(0);
        } else if (v instanceof String s) {
            u8(1);
            string(s);
        } else if (v instanceof List<?> l) {
            u8(2);
            list(l, this::value);
        } else if (v instanceof Map<?, ?> m) {
            u8(3);
            i32(m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String key)) throw new NotStorable(e.getKey());
                string(key);
                value(e.getValue());
            }
        } else {
            throw new NotStorable(v);
        }
    }

    private void position(Position p) {
        out.position(p);
    }

    private void packed(PackedText p) {
        out.packed(p);
    }

    private <T> void list(List<T> items, java.util.function.Consumer<T> each) {
        if (items == null) {
            i32(-1);
            return;
        }
        i32(items.size());
        for (T t : items) each.accept(t);
    }

    // the primitives, named short so that the records above read as their field lists
    private void string(String s) { out.string(s); }

    private void bool(boolean b) { out.u8(b ? 1 : 0); }

    private void u8(int v) { out.u8(v); }

    private void i32(int v) { out.i32(v); }
}
