package org.waymark.model;

import java.util.Locale;

/** How an outcome reads: shown by colour, icon and words. */
public enum Tone {
    POSITIVE("Recommended"), NEUTRAL("Outcome"), CAUTION("Proceed with care"), NEGATIVE("Not recommended");

    private final String label;

    Tone(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
