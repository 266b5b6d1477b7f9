package org.waymark.mkdocs;

import java.util.List;

/** The text of the new project's content/site.yaml. */
final class SiteYaml {
    private SiteYaml() {}

    static String of(String title, String description, String baseUrl, String language, String editUrl,
                     boolean search, List<NavPlan.Entry> nav) {
        StringBuilder b = new StringBuilder("# Imported from mkdocs.yml by 'waymark import mkdocs'.\n");
        b.append("title: ").append(YamlText.of(title)).append('\n');
        if (!description.isEmpty()) b.append("description: ").append(YamlText.of(description)).append('\n');
        if (!baseUrl.isEmpty()) b.append("baseUrl: ").append(YamlText.of(baseUrl)).append('\n');
        if (!language.isEmpty()) b.append("language: ").append(YamlText.of(language)).append('\n');
        if (!editUrl.isEmpty()) b.append("editUrl: ").append(YamlText.of(editUrl)).append('\n');
        if (!search) b.append("search: false   # mkdocs.yml's plugins: leave out search\n");
        if (!nav.isEmpty()) {
            b.append("nav:\n");
            for (NavPlan.Entry e : nav) {
                if (e.url() != null) {
                    b.append("  - url: ").append(YamlText.of(e.url())).append('\n');
                } else if (e.label().isEmpty()) {
                    b.append("  - ").append(YamlText.of(e.path())).append('\n');
                    continue;
                } else {
                    b.append("  - path: ").append(YamlText.of(e.path())).append('\n');
                }
                b.append("    label: ").append(YamlText.of(e.label())).append('\n');
            }
        }
        return b.toString();
    }
}
