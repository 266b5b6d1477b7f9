package org.waymark.mkdocs;

import java.util.List;
import org.waymark.text.Position;

/**
 * One entry of an MkDocs {@code nav}: a page ({@code - path.md} or {@code - Title: path.md}),
 * a link ({@code - Title: https://…}) or a section ({@code - Title: [entries]}).
 * {@code title} is empty where the entry gives none.
 */
sealed interface NavItem {
    String title();

    Position at();

    record Page(String path, String title, Position at) implements NavItem {}

    record Link(String url, String title, Position at) implements NavItem {}

    record Section(String title, List<NavItem> items, Position at) implements NavItem {}
}
