package org.waymark.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.testing.Browser;

/**
 * The save-to-visible benchmark (run by bench/serve-latency.sh; not a test): starts
 * {@code waymark serve} on a project through the launcher (target/bin/waymark, with the flags a
 * user's serve runs with), opens one of its pages in headless Chromium, then edits
 * that page's Markdown again and again. Each latency runs from just before the file is written
 * to the moment the reloaded page had its content (DOMContentLoaded), both read from this
 * machine's clock, the second by the browser itself, so how often the page is polled does not
 * count. Each save waits for the last build to end (serve prints its "Rebuilt" line): serve
 * writes the search index after the page shows.
 */
public final class ServeLatency {
    private ServeLatency() {}

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]).toAbsolutePath();
        Path launcher = Path.of(args[1]).toAbsolutePath();
        int edits = Integer.parseInt(args[2]);
        Path page;
        try (Stream<Path> files = Files.list(project.resolve("content/guides"))) {
            page = files.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        String slug = page.getFileName().toString().replaceFirst("\\.md$", "");
        String original = Files.readString(page);
        Process serve = new ProcessBuilder(launcher.toString(), "serve", project.toString(), "--port", "0")
                .redirectErrorStream(true).start();
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) lines.add(line);
            } catch (IOException e) {
                lines.add("(serve output ended: " + e.getMessage() + ")");
            }
        });
        reader.setDaemon(true);
        reader.start();
        try (Browser browser = Browser.start()) {
            String base = null;
            while (base == null) {
                String line = lines.poll(30, TimeUnit.MINUTES);
                if (line == null) throw new IllegalStateException("serve did not start");
                System.out.println("serve: " + line);
                Matcher m = Pattern.compile("Serving at (http://\\S+/) ").matcher(line);
                if (m.find()) base = m.group(1);
            }
            browser.driver().get(base + "guides/" + slug + "/");
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofMinutes(10), Duration.ofMillis(20));
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i <= edits; i++) {
                String marker = "bench-marker-" + i + "-" + System.nanoTime();
                long before = System.currentTimeMillis();
                Files.writeString(page, original + "\n" + marker + "\n");
                wait.until(d -> Boolean.TRUE.equals(browser.js(
                        "return document.body !== null && document.body.textContent.indexOf(arguments[0]) >= 0;", marker)));
                long shown = ((Number) browser.js("return performance.timing.domContentLoadedEventEnd;")).longValue();
                // where the time went: until the reload began (watcher, quiet spell, rebuild, event),
                // until the page's HTML had arrived, then its scripts and styles until DOMContentLoaded
                long began = ((Number) browser.js("return performance.timing.navigationStart;")).longValue();
                long answered = ((Number) browser.js("return performance.timing.responseEnd;")).longValue();
                String parts = " (reload began at " + (began - before) + " ms, page in at " + (answered - before) + " ms)";
                // the next save waits for this build's end (the search index is written after the
                // page shows), so each edit is timed from a warm server that is not busy
                String server = untilRebuilt(lines);
                if (i == 0) {
                    System.out.println("warm-up edit: " + (shown - before) + " ms" + parts + server);
                    continue;
                }
                millis.add(shown - before);
                System.out.println("edit " + i + ": " + (shown - before) + " ms" + parts + server);
            }
            Collections.sort(millis);
            System.out.printf(Locale.ROOT, "save-to-visible over %d edits: median %d ms, best %d ms, worst %d ms%n",
                    millis.size(), millis.get(millis.size() / 2), millis.get(0), millis.get(millis.size() - 1));
        } finally {
            Files.writeString(page, original);
            serve.toHandle().destroy();
            serve.waitFor(1, TimeUnit.MINUTES);
            serve.destroyForcibly();
        }
    }

    private static String untilRebuilt(LinkedBlockingQueue<String> lines) throws InterruptedException {
        StringBuilder b = new StringBuilder();
        while (true) {
            String line = lines.poll(10, TimeUnit.MINUTES);
            if (line == null) throw new IllegalStateException("serve did not finish the rebuild");
            b.append(" | serve: ").append(line);
            if (line.startsWith("Rebuilt") || line.startsWith("Build failed")) return b.toString();
        }
    }
}
