package org.waymark.diagnostic;

import java.util.Locale;
import java.util.Optional;

/**
 * Every diagnostic Waymark reports, with a stable code and a default severity.
 * Each has a page under docs/rules/ (shown by {@code waymark check --explain CODE}).
 */
public enum Code {
    IO_ERROR("WM001", Severity.ERROR),
    INVALID_UTF8("WM002", Severity.ERROR),
    FILE_TOO_LARGE("WM003", Severity.ERROR),
    SYMLINK_OUTSIDE("WM004", Severity.WARNING),
    CASE_COLLISION("WM005", Severity.ERROR),
    YAML_SYNTAX("WM010", Severity.ERROR),
    DUPLICATE_KEY("WM011", Severity.ERROR),
    YAML_ALIAS("WM012", Severity.ERROR),
    YAML_TAG("WM013", Severity.ERROR),
    YAML_LIMIT("WM014", Severity.ERROR),
    MARKDOWN_LIMIT("WM015", Severity.ERROR),
    UNKNOWN_KIND("WM020", Severity.ERROR),
    UNKNOWN_KEY("WM101", Severity.ERROR),
    MISSING_KEY("WM102", Severity.ERROR),
    WRONG_TYPE("WM103", Severity.ERROR),
    INVALID_VALUE("WM104", Severity.ERROR),
    FRONT_MATTER("WM105", Severity.ERROR),
    NAV_TARGET("WM120", Severity.ERROR),
    BROKEN_LINK("WM201", Severity.ERROR),
    BROKEN_ANCHOR("WM202", Severity.ERROR),
    LINK_OUTSIDE("WM203", Severity.ERROR),
    UNSAFE_URL("WM204", Severity.ERROR),
    DUPLICATE_URL("WM205", Severity.ERROR),
    BAD_EMBED("WM206", Severity.ERROR),
    WRONG_TARGET("WM207", Severity.ERROR),
    ORPHAN_PAGE("WM210", Severity.WARNING),
    IMAGE_NO_ALT("WM211", Severity.WARNING),
    HEADING_SKIP("WM212", Severity.WARNING),
    DUPLICATE_TITLE("WM213", Severity.WARNING),
    LONG_QUESTION("WM214", Severity.WARNING),
    RAW_HTML_REMOVED("WM215", Severity.WARNING),
    MERGED_TAGS("WM216", Severity.WARNING),
    REVIEW_OVERDUE("WM220", Severity.WARNING),
    START_MISSING("WM301", Severity.ERROR),
    DANGLING_NEXT("WM302", Severity.ERROR),
    TOO_FEW_OPTIONS("WM303", Severity.ERROR),
    DUPLICATE_LABEL("WM304", Severity.ERROR),
    CYCLE("WM305", Severity.ERROR),
    UNREACHABLE_NODE("WM306", Severity.ERROR),
    BAD_NODE_ID("WM307", Severity.ERROR),
    NODE_SHAPE("WM308", Severity.ERROR),
    EMPTY_SECTION("WM320", Severity.ERROR),
    DUPLICATE_ITEM("WM321", Severity.ERROR),
    PDF_MISSING_GLYPH("WM322", Severity.WARNING),
    PATHS_CHANGED("WM330", Severity.ERROR),
    OUTPUT_LINK("WM401", Severity.ERROR),
    OUTPUT_DUPLICATE_ID("WM402", Severity.ERROR),
    OUTPUT_H1("WM403", Severity.ERROR),
    OUTPUT_TITLE("WM404", Severity.ERROR),
    OUTPUT_UNSAFE("WM405", Severity.ERROR),
    TEMPLATE_ERROR("WM406", Severity.ERROR);

    private final String id;
    private final Severity defaultSeverity;

    Code(String id, Severity defaultSeverity) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
    }

    public String id() {
        return id;
    }

    /** The rule's name as written in docs: {@code broken-anchor}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public static Optional<Code> find(String idOrSlug) {
        for (Code c : values()) {
            if (c.id.equalsIgnoreCase(idOrSlug) || c.slug().equalsIgnoreCase(idOrSlug)) return Optional.of(c);
        }
        return Optional.empty();
    }
}
