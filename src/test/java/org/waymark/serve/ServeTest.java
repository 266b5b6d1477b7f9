package org.waymark.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.testing.Projects;

/** {@code waymark serve} against the real server on loopback. */
class ServeTest {
    static final Map<String, String> PROJECT = Map.of(
            "content/site.yaml", "title: Serve test\n",
            "content/index.md", "---\ntitle: Home\n---\n\nSee [A](guides/a.md) and [B](guides/b.md).\n",
            "content/guides/a.md", "---\ntitle: Page A\n---\n\nFirst version. Also [B](b.md).\n",
            "content/guides/b.md", "---\ntitle: Page B\n---\n\nB's text.\n",
            "content/guides/lonely.md", "---\ntitle: Lonely\n---\n\nNothing links here.\n");

    @TempDir
    Path tmp;
    Path project;
    Preview preview;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() throws IOException {
        project = Projects.write(tmp.resolve("kb"), PROJECT);
        Files.writeString(tmp.resolve("secret.txt"), "TOP SECRET");
        Files.writeString(project.resolve("secret.txt"), "TOP SECRET");
        // A quiet spell far longer than the gap between the test's own rapid saves, even on a busy
        // 2-core machine where the test thread may be descheduled between two writes.
        preview = Preview.start(new Preview.Options(project, "127.0.0.1", 0, Duration.ofSeconds(2)), o -> {});
    }

    @AfterEach
    void stop() throws IOException {
        preview.close();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return request("GET", path);
    }

    HttpResponse<String> request(String method, String path) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + preview.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(r, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheSiteFromMemoryWithTheLiveScriptAndNeverWritesSite() throws Exception {
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertEquals("text/html; charset=utf-8", home.headers().firstValue("content-type").orElse(""));
        assertTrue(home.body().contains("<title>Serve test</title>") || home.body().contains("Home"), home.body());
        assertTrue(home.body().contains("<script src=\"" + LivePage.SCRIPT.path() + "\" data-version=\"1\" defer></script>"));
        assertTrue(LivePage.SCRIPT.path().matches("/__waymark/live\\.[0-9a-f]{8}\\.js"), LivePage.SCRIPT.path());
        assertEquals("no-store", home.headers().firstValue("cache-control").orElse(""), "a page is asked for each time");
        assertTrue(home.headers().firstValue("content-security-policy").orElse("").startsWith("default-src 'self'"));

        HttpResponse<String> a = get("/guides/a/");
        assertEquals(200, a.statusCode());
        assertTrue(a.body().contains("First version."));
        assertEquals(200, get("/guides/a/index.html").statusCode());
        HttpResponse<String> bare = get("/guides/a");
        assertEquals(301, bare.statusCode());
        assertEquals("/guides/a/", bare.headers().firstValue("location").orElse(""));

        HttpResponse<String> missing = get("/no/such/page.html");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("<h1"), "the site's own 404 page");
        assertTrue(missing.body().contains(LivePage.SCRIPT.path()));

        String css = home.body().replaceAll("(?s).*href=\"(assets/waymark\\.[0-9a-f]+\\.css)\".*", "$1");
        HttpResponse<String> style = get("/" + css);
        assertEquals(200, style.statusCode(), css);
        assertEquals("text/css; charset=utf-8", style.headers().firstValue("content-type").orElse(""));
        // a name that is its bytes' hash is kept by the browser, so a reload asks only for the page
        assertEquals(SiteHandler.KEEP, style.headers().firstValue("cache-control").orElse(""));
        HttpResponse<String> live = get(LivePage.SCRIPT.path());
        assertEquals("text/javascript; charset=utf-8", live.headers().firstValue("content-type").orElse(""));
        assertEquals(SiteHandler.KEEP, live.headers().firstValue("cache-control").orElse(""));

        HttpResponse<String> head = request("HEAD", "/guides/a/");
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS")) {
            HttpResponse<String> refused = request(method, "/");
            assertEquals(405, refused.statusCode(), method);
            assertEquals("GET, HEAD", refused.headers().firstValue("allow").orElse(""), method);
        }
        assertFalse(Files.exists(project.resolve("site")), "serve never writes site/");
        try (var files = Files.list(project)) {
            assertEquals(List.of("content", "secret.txt"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void anEditedPageIsServedFresh() throws Exception {
        try (LiveEventStream events = new LiveEventStream(preview.port())) {
            assertEquals(1, ((Number) events.next().get("version")).intValue());
            Files.writeString(project.resolve("content/guides/a.md"), "---\ntitle: Page A\n---\n\nSecond version.\n");
            Map<String, Object> state = events.until(2);
            assertEquals(List.of(), state.get("errors"));
            assertTrue(get("/guides/a/").body().contains("Second version."));
            assertTrue(get("/guides/a/").body().contains("data-version=\"2\""));
        }
    }

    @Test
    void rapidSavesAreDebouncedIntoOneRebuild() throws Exception {
        // No quiet spell ends by the clock here: it ends when the watcher sees the marker, which
        // is written after the saves in the same folder, so their events are all in by then,
        // however slowly this machine runs. The saves are one batch, and make one build.
        preview.close();
        preview = Preview.start(new Preview.Options(project, "127.0.0.1", 0, Duration.ofDays(1)), o -> {});
        Path marker = project.resolve("content/guides/.saves-done");
        preview.endQuietOn(marker);
        try (LiveEventStream events = new LiveEventStream(preview.port())) {
            events.next();
            int before = preview.builds();
            Path a = project.resolve("content/guides/a.md");
            for (int i = 1; i <= 8; i++) Files.writeString(a, "---\ntitle: Page A\n---\n\nSave number " + i + ".\n");
            Files.writeString(marker, "");
            Map<String, Object> state = events.until(2);
            assertEquals(List.of(), state.get("errors"));
            assertEquals(before + 1, preview.builds(), "eight saves in one quiet spell make one build");
            assertTrue(get("/guides/a/").body().contains("Save number 8."));
        }
    }

    @Test
    void aFailedBuildKeepsTheLastGoodPagesAndReportsItsErrors() throws Exception {
        try (LiveEventStream events = new LiveEventStream(preview.port())) {
            events.next();
            Path a = project.resolve("content/guides/a.md");
            Files.writeString(a, "---\ntitle: Page A\n---\n\nBroken: [gone](nowhere.md).\n");
            Map<String, Object> failed = events.next();
            assertEquals(1, ((Number) failed.get("version")).intValue());
            @SuppressWarnings("unchecked")
            Map<String, Object> error = ((List<Map<String, Object>>) failed.get("errors")).get(0);
            assertEquals("content/guides/a.md", error.get("file"));
            assertEquals(5, error.get("line"));
            assertEquals("WM201", error.get("code"));
            assertEquals("Broken: [gone](nowhere.md).", error.get("source"));
            assertTrue(get("/guides/a/").body().contains("First version."), "the last good page stays served");

            Files.writeString(a, "---\ntitle: Page A\n---\n\nFixed.\n");
            Map<String, Object> fixed = events.next();
            assertEquals(2, ((Number) fixed.get("version")).intValue());
            assertEquals(List.of(), fixed.get("errors"));
            assertTrue(get("/guides/a/").body().contains("Fixed."));
        }
    }

    @Test
    void aRenamedPageDisappearsAndItsInboundLinksAreReported() throws Exception {
        try (LiveEventStream events = new LiveEventStream(preview.port())) {
            events.next();
            Files.delete(project.resolve("content/guides/lonely.md"));
            assertEquals(2, ((Number) events.until(2).get("version")).intValue());
            assertEquals(404, get("/guides/lonely/").statusCode());

            Files.move(project.resolve("content/guides/b.md"), project.resolve("content/guides/c.md"));
            Map<String, Object> failed = events.untilErrors();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> errors = (List<Map<String, Object>>) failed.get("errors");
            assertEquals(List.of("content/guides/a.md", "content/index.md"),
                    errors.stream().map(e -> e.get("file")).sorted().toList(), "both pages that linked to b.md");
            assertTrue(errors.stream().allMatch(e -> e.get("code").equals("WM201")));

            Files.writeString(project.resolve("content/index.md"), "---\ntitle: Home\n---\n\n[A](guides/a.md), [C](guides/c.md).\n");
            Files.writeString(project.resolve("content/guides/a.md"), "---\ntitle: Page A\n---\n\n[C](c.md).\n");
            assertEquals(List.of(), events.until(3).get("errors"));
            assertEquals(404, get("/guides/b/").statusCode());
            assertEquals(200, get("/guides/c/").statusCode());
        }
    }

    @Test
    void everyPathThatLeavesTheOutputIsRefusedHoweverEncoded() throws Exception {
        for (String path : List.of("/../secret.txt", "/../../secret.txt", "/guides/../../secret.txt",
                "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/secret.txt", "/..%2fsecret.txt", "/..%2Fsecret.txt",
                "/guides/..%2f..%2fsecret.txt", "/%252e%252e/secret.txt", "/%252e%252e%252fsecret.txt",
                "/..\\secret.txt", "/guides\\..\\..\\secret.txt", "/%5c..%5csecret.txt", "/..%5csecret.txt",
                "/.%2e/secret.txt", "/%2e./secret.txt", "/./index.html", "//etc/passwd", "/%00", "/guides/%c0%ae%c0%ae/x",
                "/%ff")) {
            String response = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertTrue(response.startsWith("HTTP/1.1 400"), path + " -> " + response.lines().findFirst().orElse(""));
            assertFalse(response.contains("TOP SECRET"), path);
        }
        // a decoded name that stays inside is served
        assertEquals(200, get("/guides/%61/").statusCode());
    }

    private String raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", preview.port())) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void aTakenPortIsNamedWithTheNextFreeOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            PortInUse e = assertThrows(PortInUse.class, () -> Preview.start(
                    new Preview.Options(project, "127.0.0.1", taken.getLocalPort(), Duration.ofMillis(50)), o -> {}));
            assertEquals(taken.getLocalPort(), e.port());
            assertTrue(e.free().isPresent());
            assertTrue(e.free().getAsInt() > taken.getLocalPort());
            try (ServerSocket free = new ServerSocket(e.free().getAsInt(), 1, java.net.InetAddress.getLoopbackAddress())) {
                assertTrue(free.isBound());
            }
        }
    }

    @Test
    void closingStopsTheServerAndEveryThread() throws Exception {
        int port = preview.port();
        LiveEventStream open = new LiveEventStream(port);
        open.next();
        preview.close();
        assertThrows(IOException.class, () -> open.next(), "open connections end");
        assertThrows(IOException.class, () -> new Socket("127.0.0.1", port).close());
        Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("waymark-serve"))
                .forEach(t -> {
                    try {
                        t.join(60_000);
                    } catch (InterruptedException e) {
                        throw new AssertionError(e);
                    }
                    assertFalse(t.isAlive(), t.getName());
                });
    }
}
