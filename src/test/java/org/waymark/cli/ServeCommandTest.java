package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.testing.Projects;

/** {@code waymark serve} as a user runs it: its messages, a taken port, a wide host, and stopping. */
class ServeCommandTest {
    @TempDir
    Path project;

    @Test
    void aTakenPortIsNamedAndTheNextFreeOneSuggested() throws Exception {
        Projects.write(project, Map.of("content/index.md", "# Home\n\nHello.\n"));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            CommandLineTest.Run r = CommandLineTest.run("serve", project.toString(), "--port", String.valueOf(port));
            assertEquals(2, r.exit(), r.err());
            Matcher m = Pattern.compile("port " + port + " on 127\\.0\\.0\\.1 is in use; try --port (\\d+)").matcher(r.err());
            assertTrue(m.find(), r.err());
            assertTrue(Integer.parseInt(m.group(1)) > port);
            assertFalse(r.err().contains("Usage"), "a taken port is not a usage error");
        }
    }

    @Test
    void aWiderHostIsWarnedAbout() throws Exception {
        Projects.write(project, Map.of("content/index.md", "# Home\n\nHello.\n"));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
            CommandLineTest.Run r = CommandLineTest.run("serve", project.toString(), "--host", "0.0.0.0",
                    "--port", String.valueOf(taken.getLocalPort()));
            assertTrue(r.err().startsWith("warning: serving on 0.0.0.0 lets other machines read this preview"), r.err());
        }
    }

    @Test
    void helpListsServe() {
        assertTrue(CommandLineTest.run("--help").out().contains("serve"));
        String help = CommandLineTest.run("serve", "--help").out();
        for (String option : List.of("--port", "--host", "--open", "PROJECT_DIR")) assertTrue(help.contains(option), help);
    }

    /** The same shutdown as Ctrl-C (SIGINT and SIGTERM both run it): a last line, nothing left bound. */
    @Test
    void servesInItsOwnProcessAndStopsCleanly() throws Exception {
        Projects.write(project, Map.of("content/index.md", "---\ntitle: Home\n---\n\nHello from serve.\n"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "serve", project.toString(), "--port", "0")
                .redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            String url = null;
            while (url == null && (line = out.readLine()) != null) {
                lines.add(line);
                Matcher m = Pattern.compile("Serving at (http://127\\.0\\.0\\.1:\\d+/) ").matcher(line);
                if (m.find()) url = m.group(1);
            }
            assertTrue(url != null, String.join("\n", lines));
            HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(home.body().contains("Hello from serve."));
            p.toHandle().destroy(); // SIGTERM, leaving our end of its output open (Process.destroy closes it)
            while ((line = out.readLine()) != null) lines.add(line);
        } finally {
            p.destroyForcibly();
        }
        p.waitFor();
        String all = String.join("\n", lines);
        assertEquals("Stopped.", lines.get(lines.size() - 1), all);
        assertFalse(all.contains("Exception"), all);
        assertTrue(all.contains("Built 3 pages in "), all); // the home page, the 404 page and the A to Z index
        assertFalse(Files.exists(project.resolve("site")));
    }
}
