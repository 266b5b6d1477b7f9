package org.waymark.diagnostic;

import java.util.Locale;

public enum Severity {
    ERROR, WARNING, IGNORE;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
