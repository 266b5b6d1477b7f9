package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.waymark.testing.Projects;

/**
 * The launcher scripts as written (src/main/bin): both pass the same JVM flags, and each flag has
 * its reason beside it. What they do when run is LauncherIT, after {@code mvn package}.
 */
class LauncherScriptsTest {
    static final Path BIN = Projects.repo().resolve("src/main/bin");

    static List<String> flags(Path script, String pattern) throws IOException {
        Matcher m = Pattern.compile(pattern, Pattern.MULTILINE).matcher(Files.readString(script));
        assertTrue(m.find(), "no flag list in " + script);
        return Arrays.asList(m.group(1).trim().split("\\s+"));
    }

    @Test
    void bothScriptsPassTheSameFlags() throws IOException {
        List<String> sh = flags(BIN.resolve("waymark"), "^tuned=\"([^\"]+)\"$");
        List<String> cmd = flags(BIN.resolve("waymark.cmd"), "^set \"WAYMARK_TUNED=([^\"]+)\"\\r?$");
        assertFalse(sh.isEmpty());
        assertEquals(sh, cmd);
    }

    @Test
    void everyFlagHasItsReasonInAComment() throws IOException {
        String script = Files.readString(BIN.resolve("waymark"));
        for (String flag : flags(BIN.resolve("waymark"), "^tuned=\"([^\"]+)\"$")) {
            Matcher why = Pattern.compile("^# " + Pattern.quote(flag) + " +(\\S.{20,})$", Pattern.MULTILINE)
                    .matcher(script);
            assertTrue(why.find(), flag + " has no comment saying why");
        }
    }
}
