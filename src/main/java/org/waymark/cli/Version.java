package org.waymark.cli;

import picocli.CommandLine;

/** The version, from the jar's manifest (set by Maven). */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"waymark " + (v == null ? "dev" : v)};
    }
}
