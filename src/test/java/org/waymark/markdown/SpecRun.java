package org.waymark.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.html.HtmlSanitizer;
import org.waymark.link.Href;
import org.waymark.testing.MarkdownPages;
import org.waymark.testing.NormalHtml;
import org.waymark.testing.SpecExamples;
import org.waymark.testing.Scratch;

/**
 * The CommonMark spec's examples run through the real pipeline, each as a page of one site,
 * and what became of each: built and compared with the spec's HTML, or refused. An example
 * refused only for links to files that do not exist is run once more with those files in
 * content/ (the targets the spec's own HTML names), which shows that the refusal was for the
 * missing file alone, and compares the rewritten links too.
 * <p>
 * The comparison allows only Waymark's documented choices: a level-1 heading in a page body
 * is written as h2, headings carry ids, links to content files are rewritten relative to the
 * page (and compared by the file they name), and raw HTML is cleaned (the spec's HTML is
 * cleaned the same way, and the page must have had the WM215 warning).
 */
final class SpecRun {
    /** What an example became. */
    enum Kind { MATCH, CLEANED, DIFFERS, REFUSED }

    /**
     * One example's result: {@code codes} are the errors of a refusal; {@code asFlexmark} says
     * whether a difference is plain flexmark's (with Waymark's options) as well.
     */
    record Outcome(Kind kind, List<String> codes, boolean asFlexmark, String got, String want, String flexmark,
                   List<Diagnostic> diagnostics) {
        /** As written in the list of expected results: match, cleaned, differs, refused:WM201,WM204. */
        String label() {
            return kind == Kind.REFUSED ? "refused:" + String.join(",", codes) : kind.name().toLowerCase();
        }
    }

    /** Each example's outcome as written, and (when refused only for missing files) with its targets. */
    record Results(Map<Integer, Outcome> asWritten, Map<Integer, Outcome> withTargets) {}

    static final String SITE = "title: CommonMark examples\n";
    private static Results cached;

    private static final Parser PLAIN_PARSER = Parser.builder(MarkdownOptions.OPTIONS).build();
    private static final HtmlRenderer PLAIN_RENDERER = HtmlRenderer.builder(MarkdownOptions.OPTIONS).build();

    private SpecRun() {}

    static synchronized Results results() {
        if (cached == null) {
            try {
                cached = run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cached;
    }

    static String name(int number) {
        return String.format("e%03d", number);
    }

    /** The page file for an example: a front-matter title, so that a leading '# Heading' stays body text. */
    static String page(SpecExamples.Example ex) {
        return "---\ntitle: Example " + ex.number() + "\n---\n" + ex.markdown();
    }

    static final int FRONT_MATTER_LINES = 3;

    private static Results run() throws IOException {
        List<SpecExamples.Example> all = SpecExamples.all();
        Map<String, String> pages = new LinkedHashMap<>();
        for (SpecExamples.Example ex : all) pages.put(name(ex.number()), page(ex));
        Path dir = Scratch.dir("wm-spec");
        Map<String, MarkdownPages.Result> first = MarkdownPages.build(dir.resolve("as-written"), pages, Map.of(), SITE);

        Map<Integer, Outcome> asWritten = new TreeMap<>();
        Map<String, String> again = new LinkedHashMap<>();
        Map<String, byte[]> targets = new TreeMap<>();
        for (SpecExamples.Example ex : all) {
            Outcome o = outcome(ex, first.get(name(ex.number())));
            asWritten.put(ex.number(), o);
            if (o.kind() == Kind.REFUSED && o.codes().equals(List.of(Code.BROKEN_LINK.id()))) {
                again.put(name(ex.number()), page(ex));
                for (String t : targets(ex.html())) targets.put(t, target(t));
            }
        }
        dropConflicts(targets);
        Map<String, MarkdownPages.Result> second = MarkdownPages.build(dir.resolve("with-targets"), again, targets, SITE);
        Map<Integer, Outcome> withTargets = new TreeMap<>();
        for (SpecExamples.Example ex : all) {
            MarkdownPages.Result r = second.get(name(ex.number()));
            if (r != null) withTargets.put(ex.number(), outcome(ex, r));
        }
        return new Results(asWritten, withTargets);
    }

    private static Outcome outcome(SpecExamples.Example ex, MarkdownPages.Result r) {
        if (r instanceof MarkdownPages.Refused refused) {
            return new Outcome(Kind.REFUSED, List.copyOf(refused.errorCodes()), false, "", "", "", r.diagnostics());
        }
        Element prose = ((MarkdownPages.Built) r).prose();
        prose.select("h1, h2, h3, h4, h5, h6").removeAttr("id");
        String folder = name(ex.number()) + "/";
        String got = NormalHtml.of(prose, url -> pageAsSource(contentUrl(url, folder)));
        String spec = levels(ex.html());
        String want = NormalHtml.of(cleaned(spec), url -> contentUrl(url, ""));
        String flexmark = NormalHtml.of(cleaned(levels(PLAIN_RENDERER.render(PLAIN_PARSER.parse(ex.markdown())))),
                url -> contentUrl(url, ""));
        boolean changedByCleaning = !NormalHtml.of(spec, url -> contentUrl(url, "")).equals(want);
        Kind kind = !got.equals(want) ? Kind.DIFFERS : changedByCleaning ? Kind.CLEANED : Kind.MATCH;
        return new Outcome(kind, List.of(), got.equals(flexmark), got, want, flexmark, r.diagnostics());
    }

    /** A link to a page's output ({@code x/index.html}) as the Markdown file it was made from ({@code x.md}). */
    private static String pageAsSource(String url) {
        return url.replaceFirst("^(content:[^#]*)/index\\.html(#|$)", "$1.md$2");
    }

    /** A level-1 heading in a page body is written as h2: the page's title is its one h1. */
    private static String levels(String html) {
        return html.replace("<h1>", "<h2>").replace("</h1>", "</h2>");
    }

    private static String cleaned(String html) {
        return HtmlSanitizer.process(html, true, UnaryOperator.identity());
    }

    /**
     * A URL as the file (or anchor) it names: relative references resolved from {@code folder}
     * of the output (the page's own folder for Waymark's rewritten links, the top of content/
     * for the spec's), percent-decoded; queries on them dropped, as Waymark drops them.
     */
    static String contentUrl(String url, String folder) {
        Href h = Href.parse(url);
        if (!h.isRelative() || h.isNetworkPath()) return url;
        String fragment = h.fragment() == null ? "" : "#" + h.fragment();
        if (h.path().isEmpty()) return fragment;
        String joined = h.path().startsWith("/") ? h.path().substring(1) : folder + h.path();
        Deque<String> parts = new ArrayDeque<>();
        for (String seg : joined.split("/", -1)) {
            if (seg.isEmpty() || seg.equals(".")) continue;
            if (seg.equals("..")) {
                if (parts.isEmpty()) return "outside:" + url;
                parts.removeLast();
            } else {
                parts.addLast(seg);
            }
        }
        return "content:" + String.join("/", parts) + fragment;
    }

    /** The content files the spec's HTML links to: relative hrefs and srcs, as paths under content/. */
    static List<String> targets(String html) {
        List<String> out = new java.util.ArrayList<>();
        for (Element e : Jsoup.parseBodyFragment(html).select("[href], [src]")) {
            String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            String c = contentUrl(url, "");
            if (c.startsWith("content:")) {
                int hash = c.indexOf('#');
                String path = hash < 0 ? c.substring(8) : c.substring(8, hash);
                if (!path.isEmpty()) out.add(path);
            }
        }
        return out;
    }

    /** A target's bytes: an HTML file is copied into the site, and verified, as it is, so it is a whole page. */
    private static byte[] target(String path) {
        if (path.endsWith(".md")) return "---\ntitle: A target\n---\nA target of a spec example.\n".getBytes(StandardCharsets.UTF_8);
        String text = path.endsWith(".html") ? "<!doctype html><html><head><title>t</title></head><body><h1>t</h1></body></html>\n"
                : "a target of a spec example\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A path cannot be a file and a folder at once: such targets are left out. */
    private static void dropConflicts(Map<String, byte[]> targets) {
        List<String> folders = targets.keySet().stream().filter(a -> targets.keySet().stream()
                .anyMatch(b -> b.startsWith(a + "/"))).toList();
        folders.forEach(targets::remove);
    }
}
