package org.waymark.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;

/** Builds the default knowledge base (content/) and reads the result back with jsoup. */
class DefaultSiteTest {
    @TempDir
    static Path tmp;
    static Path site;
    static Map<Path, Document> pages = new HashMap<>();

    @BeforeAll
    static void build() throws IOException {
        site = tmp.resolve("site");
        Pipeline.Result r = Pipeline.run(new Pipeline.Options(Projects.repo(), site, false, false, true));
        assertTrue(r.ok(), Projects.human(r));
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
                pages.put(p, Jsoup.parse(p.toFile(), "UTF-8"));
            }
        }
    }

    @Test
    void everyInternalLinkAndAnchorResolvesFromDisk() {
        List<String> broken = new ArrayList<>();
        for (var e : pages.entrySet()) {
            for (Element a : e.getValue().select("a[href], link[href], script[src], img[src]")) {
                String url = a.hasAttr("href") ? a.attr("href") : a.attr("src");
                if (url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || url.startsWith("//")) continue;
                String file = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
                String anchor = url.contains("#") ? url.substring(url.indexOf('#') + 1) : "";
                Path target = file.isEmpty() ? e.getKey()
                        : e.getKey().getParent().resolve(URLDecoder.decode(file, StandardCharsets.UTF_8)).normalize();
                if (!Files.isRegularFile(target)) {
                    broken.add(site.relativize(e.getKey()) + " -> " + url + " (no file)");
                } else if (!anchor.isEmpty() && pages.containsKey(target)
                        && pages.get(target).getElementById(anchor) == null) {
                    broken.add(site.relativize(e.getKey()) + " -> " + url + " (no anchor)");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void outputLocationsFollowTheContract() {
        for (String f : List.of("index.html", "404.html", "guides/index.html", "guides/pipeline/index.html",
                "decisions/should-we-fine-tune/index.html", "checklists/fine-tuning-pipeline/index.html")) {
            assertTrue(Files.isRegularFile(site.resolve(f)), f);
        }
        long guides = pages.keySet().stream().filter(p -> site.relativize(p).toString().startsWith("guides/")).count();
        assertTrue(guides >= 10, "at least 10 guide pages, found " + guides);
    }

    @Test
    void noInlineScriptStyleOrHandlers() {
        for (var e : pages.entrySet()) {
            Document d = e.getValue();
            assertTrue(d.select("style, [style]").isEmpty(), e.getKey().toString());
            for (Element s : d.select("script")) {
                assertTrue(s.hasAttr("src") || s.attr("type").equals("application/json"), e.getKey().toString());
            }
            for (Element el : d.getAllElements()) {
                el.attributes().forEach(a -> assertTrue(!a.getKey().toLowerCase(Locale.ROOT).startsWith("on"),
                        e.getKey() + ": " + a.getKey()));
            }
            assertEquals("default-src 'self'; img-src 'self' data:",
                    d.select("meta[http-equiv=Content-Security-Policy]").attr("content"));
        }
    }

    @Test
    void everyPointOfTheSeedIsInTheSite() {
        String text = pages.values().stream().map(d -> d.text()).collect(Collectors.joining(" "))
                .toLowerCase(Locale.ROOT);
        for (String point : Set.of("few-shot", "retrieval", "tool use", "pretraining", "lora", "qlora",
                "full fine-tune", "held-out", "baseline", "production", "re-tun", "1,000", "10,000", "llama", "qwen",
                "mistral", "anthropic", "openai", "google", "gpu", "offline", "evals", "hallucinat", "personality",
                "reasoning", "style", "latency", "classification", "terminology", "snapshot", "curation")) {
            assertTrue(text.contains(point), "the site should cover: " + point);
        }
    }
}
