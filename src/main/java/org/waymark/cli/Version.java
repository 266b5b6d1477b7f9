package org.waymark.cli;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * The version, from the jar's manifest (set by Maven). With WAYMARK_DEBUG set, also the Java
 * that runs it and the JVM's own flags, so that one can see what bin/waymark passed on.
 */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        List<String> lines = new ArrayList<>(List.of("waymark " + (v == null ? "dev" : v)));
        if (System.getenv("WAYMARK_DEBUG") != null) {
            lines.add(("java " + System.getProperty("java.version") + " (" + System.getProperty("java.home") + ")")
                    .replace("%", "%%"));
            // picocli runs each line through String.format: a '%' in a flag (hs_err_%p.log) is doubled.
            for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
                lines.add("jvm " + arg.replace("%", "%%"));
            }
        }
        return lines.toArray(String[]::new);
    }
}
