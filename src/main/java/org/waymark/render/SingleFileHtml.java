package org.waymark.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.waymark.html.ScriptJson;
import org.waymark.link.UrlSafety;

/**
 * A built tree or checklist page as one HTML file that needs nothing beside it: the site's
 * header, navigation and footer go, styles and scripts are written inside, images become data:
 * addresses, and a Content-Security-Policy allows exactly those inline styles and scripts by
 * their SHA-256 hashes (never 'unsafe-inline'). Links to other pages of the site become
 * absolute with a baseUrl; without one they cannot lead anywhere, so they are left as text.
 */
final class SingleFileHtml {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path site;
    private final String baseUrl;
    private final String siteTitle;

    SingleFileHtml(Path builtSite, String baseUrl, String siteTitle) {
        this.site = builtSite;
        this.baseUrl = baseUrl;
        this.siteTitle = siteTitle;
    }

    String of(String outputFile) throws IOException {
        Path page = site.resolve(outputFile);
        Document doc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
        doc.outputSettings().prettyPrint(false);
        // the chrome, and what only makes sense on the site: the embed snippet, the oEmbed link
        doc.select("header.site-header, nav.sidebar, nav.breadcrumbs, nav.pager, .embed-snippet, link[rel=icon], "
                + "link[rel=canonical], link[rel=alternate]").remove();
        doc.select("meta[http-equiv=Content-Security-Policy]").remove();
        doc.select(".layout").removeClass("has-sidebar"); // its column for the sidebar would stay empty
        if (baseUrl == null) doc.select(".checklist-downloads").remove();
        for (Element link : doc.select("link[rel=stylesheet][href]")) {
            link.after(new Element("style").appendChild(new DataNode(read(page, link.attr("href")))));
            link.remove();
        }
        // Inline scripts run where they stand, so they move to the end of the body, in order.
        List<String> scripts = new ArrayList<>();
        for (Element s : doc.select("script[src]")) {
            scripts.add(read(page, s.attr("src")));
            s.remove();
        }
        for (String js : scripts) doc.body().appendChild(new Element("script").appendChild(new DataNode(js)));
        for (Element img : doc.select("img[src]")) {
            String src = img.attr("src");
            if (local(src)) img.attr("src", dataUrl(page, src));
        }
        String pageUrl = baseUrl == null ? null : baseUrl + RelativeUrl.withoutIndex(outputFile);
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href");
            if (!local(href)) continue;
            if (pageUrl != null) a.attr("href", URI.create(pageUrl).resolve(href).toString());
            else a.unwrap();
        }
        if (pageUrl == null) forThisFile(doc);
        footer(doc, pageUrl);
        doc.head().prependChild(new Element("meta").attr("http-equiv", "Content-Security-Policy").attr("content", csp(doc)));
        doc.head().prependChild(new Element("meta").attr("charset", "utf-8"));
        doc.select("meta[charset]").stream().skip(1).forEach(Element::remove);
        return doc.outerHtml();
    }

    /**
     * Without a baseUrl, a wizard makes the link to its result from the tree page's relative
     * address; in this file the tree's page is the file itself, which "" names.
     */
    private static void forThisFile(Document doc) throws IOException {
        for (Element data : doc.select("script.wizard-data")) {
            JsonNode json = JSON.readTree(data.data());
            if (json instanceof ObjectNode o && o.has("treeHref")) {
                o.put("treeHref", "");
                data.empty().appendChild(new DataNode(ScriptJson.write(o)));
            }
        }
    }

    /** A relative address into the site (not "#…", not one with a scheme). */
    private static boolean local(String href) {
        return !href.isEmpty() && !href.startsWith("#") && !href.startsWith("//") && UrlSafety.scheme(href).isEmpty();
    }

    private void footer(Document doc, String pageUrl) {
        Element footer = doc.selectFirst("footer.site-footer");
        if (footer == null) return;
        footer.empty();
        Element p = footer.appendElement("p");
        if (pageUrl != null) p.appendText("From ").appendElement("a").attr("href", pageUrl).text(siteTitle);
        else p.text("Exported from " + siteTitle + ".");
        p.appendText(" Works offline; nothing you enter leaves this file.");
    }

    /** The policy: nothing but these inline styles and scripts, by hash, and images written as data:. */
    private static String csp(Document doc) {
        Set<String> styles = new LinkedHashSet<>();
        Set<String> scripts = new LinkedHashSet<>();
        for (Element s : doc.select("style")) styles.add(hash(s.data()));
        for (Element s : doc.select("script")) {
            String type = s.attr("type").toLowerCase(Locale.ROOT);
            if (type.isEmpty() || type.equals("text/javascript") || type.equals("module")) scripts.add(hash(s.data()));
        }
        return "default-src 'none'; img-src data:; style-src " + String.join(" ", styles) + "; script-src "
                + (scripts.isEmpty() ? "'none'" : String.join(" ", scripts)) + "; base-uri 'none'; form-action 'none'";
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** A file of the built site, by its address relative to {@code page}; it must stay inside the site. */
    private Path file(Path page, String href) throws IOException {
        String path = href.replaceFirst("[?#].*$", "");
        Path f = page.getParent().resolve(java.net.URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8)).normalize();
        if (!f.startsWith(site.normalize()) || !Files.isRegularFile(f)) throw new IOException("the built site has no " + href);
        return f;
    }

    private String read(Path page, String href) throws IOException {
        return Files.readString(file(page, href), StandardCharsets.UTF_8);
    }

    private String dataUrl(Path page, String src) throws IOException {
        Path f = file(page, src);
        String type = Files.probeContentType(f);
        if (type == null) type = f.toString().endsWith(".svg") ? "image/svg+xml" : "application/octet-stream";
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(f));
    }
}
