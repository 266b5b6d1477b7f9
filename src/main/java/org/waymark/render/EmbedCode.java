package org.waymark.render;

import java.util.LinkedHashMap;
import java.util.Map;
import org.waymark.html.Escape;
import org.waymark.html.ScriptJson;
import org.waymark.model.DecisionTree;
import org.waymark.model.Document;
import org.waymark.model.SiteConfig;

/**
 * What a host needs to embed a tree or checklist: the HTML snippet (an iframe of its embed
 * page, then the site's embed.js) and the oEmbed description of it. Both need absolute
 * addresses, so both exist only when site.yaml has a baseUrl (docs/embedding.md).
 */
final class EmbedCode {
    /** The host-side script, at the site's root (a contract: site/embed.js). */
    static final String HOST_SCRIPT = "embed.js";
    /** The frame's height before embed.js sizes it, and where the script cannot run; it scrolls. */
    static final int HEIGHT = 640;
    /** The width an oEmbed consumer reserves; the iframe itself takes the width of its column. */
    static final int WIDTH = 720;

    private final SiteConfig config;

    EmbedCode(SiteConfig config) {
        this.config = config;
    }

    /** The oEmbed file beside the embed page. */
    static String oembedFile(Document d) {
        String page = d.path().embedFile();
        return page.substring(0, page.lastIndexOf('/') + 1) + "oembed.json";
    }

    /** The iframe's accessible name: the document's title and what it is. */
    static String frameTitle(Document d) {
        return d.title() + (d instanceof DecisionTree ? " (decision wizard)" : " (checklist)");
    }

    boolean available() {
        return config.baseUrl() != null;
    }

    /** The snippet a host pastes, or "" without a baseUrl. */
    String snippet(Document d) {
        if (!available()) return "";
        String base = config.baseUrl();
        return "<iframe src=\"" + Escape.attribute(base + RelativeUrl.withoutIndex(d.path().embedFile()))
                + "\" title=\"" + Escape.attribute(frameTitle(d)) + "\" loading=\"lazy\" width=\"100%\" height=\""
                + HEIGHT + "\" allow=\"clipboard-write\"></iframe>\n<script src=\"" + Escape.attribute(base + HOST_SCRIPT)
                + "\" async></script>";
    }

    /** The oEmbed link of a document's page ({@code <link rel="alternate">}), or "" without a baseUrl. */
    String oembedUrl(Document d) {
        return available() ? config.baseUrl() + oembedFile(d) : "";
    }

    /** The oEmbed response (type rich), as JSON; only called with a baseUrl. */
    String oembedJson(Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", "1.0");
        m.put("type", "rich");
        m.put("title", d.title());
        m.put("provider_name", config.title());
        m.put("provider_url", config.baseUrl());
        m.put("html", snippet(d));
        m.put("width", WIDTH);
        m.put("height", HEIGHT);
        return ScriptJson.write(m) + "\n";
    }

    /** The model of a page's "Embed this" area, for the page written to {@code fromFile}. */
    Map<String, Object> model(Document d, String fromFile) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", snippet(d));
        m.put("page", RelativeUrl.between(fromFile, d.path().embedFile()));
        m.put("oembed", oembedUrl(d));
        m.put("what", d instanceof DecisionTree ? "wizard" : "checklist");
        return m;
    }
}
