import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Search as a reader meets it, in headless Chromium, on a built site opened from disk:
 * for each query, a fresh page, then the query typed one key at a time. For each keystroke,
 * the time from the input event to the results being in the page (the status line is
 * rewritten once per shown result list); for the whole query, the bytes of every index file
 * the page loaded, once the last key's snippets are in (their texts load when typing pauses:
 * here each key comes as soon as the previous key's results show, as a quick typist's would).
 * Then the same query on a fresh page typed slowly: each key only once the previous key's
 * snippets are in, as a reader who pauses after every key (the case that loads the most texts);
 * and given at once, as if pasted. Run by bench/search.sh: java -cp TEST_CLASSPATH bench/SearchLatency.java SITE QUERY...
 */
public class SearchLatency {
    /** Types one key (the value grows by one character) and resolves to milliseconds until results show. */
    static final String TYPE = """
            const [text, done] = arguments;
            const input = document.querySelector('.site-search input[role="combobox"]');
            const status = document.querySelector('.site-search [role="status"]');
            const t0 = performance.now();
            const seen = new MutationObserver(() => {
              seen.disconnect();
              requestAnimationFrame(() => done(performance.now() - t0));
            });
            seen.observe(status, { childList: true, characterData: true, subtree: true });
            input.value = text;
            input.dispatchEvent(new InputEvent('input', { bubbles: true, data: text.slice(-1), inputType: 'insertText' }));
            """;
    /** Notes every index file the search script adds to the page (it removes each once it has run). */
    static final String WATCH = """
            window.benchLoaded = [];
            new MutationObserver(ms => ms.forEach(m => m.addedNodes.forEach(n => {
              if (n.tagName === 'SCRIPT' && n.src.includes('/assets/search/')) window.benchLoaded.push(n.src);
            }))).observe(document.head, { childList: true });
            """;
    static final String LOADED = "return window.benchLoaded;";
    /** Resolves once the shown results' snippets are in (their texts load once typing pauses). */
    static final String SNIPPETS = """
            const done = arguments[0];
            const list = document.querySelector('.site-search [role="listbox"]');
            (function check() {
              if (list.getAttribute('data-snippets') !== 'pending') done(true); else setTimeout(check, 5);
            })();
            """;

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        List<String> queries = List.of(args).subList(1, args.length);
        System.setProperty("webdriver.chrome.silentOutput", "true");
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-dev-shm-usage",
                "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).withSilent(true).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        List<Double> first = new ArrayList<>();
        List<Double> later = new ArrayList<>();
        List<Long> bytes = new ArrayList<>();
        List<Long> wholeBytes = new ArrayList<>();
        List<Long> slowBytes = new ArrayList<>();
        String page = site.resolve("guides/" + firstGuide(site) + "/index.html").toUri().toString();
        try {
            System.out.printf(Locale.ROOT, "%-28s %8s %8s %8s %10s %6s %18s %12s %10s %18s%n", "query (typed key by key)", "first", "median",
                    "max", "index KB", "files", "words/heads/texts", "at once KB", "slowly KB", "words/heads/texts");
            for (String q : queries) {
                fresh(driver, page);
                JavascriptExecutor js = driver;
                List<Double> times = new ArrayList<>();
                for (int i = 1; i <= q.length(); i++) {
                    if (q.charAt(i - 1) == ' ') continue; // a space alone starts no new word to look up
                    times.add(((Number) js.executeAsyncScript(TYPE, q.substring(0, i))).doubleValue());
                }
                js.executeAsyncScript(SNIPPETS);
                @SuppressWarnings("unchecked")
                List<String> loaded = (List<String>) js.executeScript(LOADED);
                long total = 0;
                long[] kinds = new long[4]; // word files, heads, texts, meta.js
                for (String url : loaded) {
                    long size = Files.size(Path.of(java.net.URI.create(url)));
                    total += size;
                    kinds[url.contains("/search/w-") ? 0 : url.contains("/search/h/") ? 1 : url.contains("/search/d/") ? 2 : 3] += size;
                }
                fresh(driver, page);
                js.executeAsyncScript(TYPE, q);
                js.executeAsyncScript(SNIPPETS);
                long onceBytes = loadedBytes(js);
                wholeBytes.add(onceBytes);
                fresh(driver, page);
                for (int i = 1; i <= q.length(); i++) {
                    if (q.charAt(i - 1) == ' ') continue;
                    js.executeAsyncScript(TYPE, q.substring(0, i));
                    js.executeAsyncScript(SNIPPETS);
                }
                long[] slowKinds = kinds(js);
                long slowTotal = slowKinds[0] + slowKinds[1] + slowKinds[2] + slowKinds[3];
                slowBytes.add(slowTotal);
                first.add(times.get(0));
                later.addAll(times.subList(1, times.size()));
                bytes.add(total);
                List<Double> sorted = new ArrayList<>(times);
                Collections.sort(sorted);
                System.out.printf(Locale.ROOT, "%-28s %6.1fms %6.1fms %6.1fms %10.1f %6d %18s %12.1f %10.1f %18s%n", '"' + q + '"', times.get(0),
                        sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), total / 1024.0, loaded.size(),
                        String.format(Locale.ROOT, "%.0f/%.0f/%.0f", kinds[0] / 1024.0, kinds[1] / 1024.0, kinds[2] / 1024.0),
                        onceBytes / 1024.0, slowTotal / 1024.0, String.format(Locale.ROOT, "%.0f/%.0f/%.0f",
                                slowKinds[0] / 1024.0, slowKinds[1] / 1024.0, slowKinds[2] / 1024.0));
            }
        } finally {
            driver.quit();
        }
        Collections.sort(first);
        Collections.sort(later);
        Collections.sort(bytes);
        System.out.printf(Locale.ROOT, "%nkeystroke to results: first key median %.1f ms (max %.1f); later keys median %.1f ms, "
                        + "95th percentile %.1f ms, max %.1f ms%n", first.get(first.size() / 2), first.get(first.size() - 1),
                later.get(later.size() / 2), later.get((int) Math.floor(later.size() * 0.95)), later.get(later.size() - 1));
        Collections.sort(wholeBytes);
        System.out.printf(Locale.ROOT, "index loaded per query typed key by key (every keystroke's files): median %.1f KB, max %.1f KB%n",
                bytes.get(bytes.size() / 2) / 1024.0, bytes.get(bytes.size() - 1) / 1024.0);
        System.out.printf(Locale.ROOT, "index loaded per query given at once (pasted): median %.1f KB, max %.1f KB%n",
                wholeBytes.get(wholeBytes.size() / 2) / 1024.0, wholeBytes.get(wholeBytes.size() - 1) / 1024.0);
        Collections.sort(slowBytes);
        System.out.printf(Locale.ROOT, "index loaded per query typed slowly (a pause after every key): median %.1f KB, max %.1f KB%n",
                slowBytes.get(slowBytes.size() / 2) / 1024.0, slowBytes.get(slowBytes.size() - 1) / 1024.0);
    }

    /** The page opened afresh, noting every index file it loads from now on. */
    static void fresh(ChromeDriver driver, String page) {
        driver.get("about:blank");
        driver.get(page);
        driver.executeScript(WATCH);
    }

    /** The bytes of every index file the page has loaded since {@link #fresh}. */
    static long loadedBytes(JavascriptExecutor js) throws Exception {
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) js.executeScript(LOADED);
        long total = 0;
        for (String url : loaded) total += Files.size(Path.of(java.net.URI.create(url)));
        return total;
    }

    /** The bytes of every index file the page has loaded since {@link #fresh}: word files, heads, texts, meta.js. */
    static long[] kinds(JavascriptExecutor js) throws Exception {
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) js.executeScript(LOADED);
        long[] kinds = new long[4];
        for (String url : loaded) {
            long size = Files.size(Path.of(java.net.URI.create(url)));
            kinds[url.contains("/search/w-") ? 0 : url.contains("/search/h/") ? 1 : url.contains("/search/d/") ? 2 : 3] += size;
        }
        return kinds;
    }

    /** Any guide's folder: the page the queries are typed on. */
    static String firstGuide(Path site) throws Exception {
        try (var s = Files.list(site.resolve("guides"))) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
    }
}
