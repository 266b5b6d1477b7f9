package org.waymark.render;

import java.util.Map;

/**
 * 404.html. A server shows it for any missing address, at any depth, so its relative links
 * would break there; when baseUrl is known they are made absolute.
 */
public record NotFoundPage() implements RewrittenPage {
    @Override
    public String outputFile() {
        return "404.html";
    }

    @Override
    public String template() {
        return "404.ftlh";
    }

    @Override
    public Map<String, Object> model(PageParts parts) {
        return parts.chrome().base(outputFile(), "404", "Page not found");
    }

    @Override
    public String html(String rendered, PageParts parts) {
        String baseUrl = parts.site().config().baseUrl();
        return baseUrl == null ? rendered : AbsoluteLinks.rewrite(rendered, baseUrl);
    }

    @Override
    public boolean listed() {
        return false;
    }
}
