package org.waymark.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;

/** A diagnostic about something written over a range carries where it ends, just after its last character. */
class DiagnosticRangeTest {
    @TempDir
    Path project;

    @Test
    void linksKeysHeadingsAndScalarsCarryTheirEnd() throws IOException {
        Projects.write(project, Map.of(
                "content/index.md", "# Home\n\nSee [the guide](guide.md) and [gone](missing.md).\n\n#### Too deep\n\n"
                        + "[c](c.yaml)\n\n```embed\n  nope.yaml\n```\n",
                "content/guide.md", "# Guide\n\n[home](index.md)\n",
                "content/c.yaml", "kind: checklist\ntitle: C\nsections:\n  - title: S\n    items:\n"
                        + "      - text: Do it\n        optinal: true\n      - text: Other\n        optional: \"maybe\"\n"));
        Pipeline.Result r = Projects.check(project);
        List<String> ranges = r.report().diagnostics().stream().map(d -> d.code().id() + " " + d.path() + " "
                + d.line() + ":" + d.column() + "-" + d.endLine() + ":" + d.endColumn()).sorted().toList();
        assertEquals(List.of(
                "WM101 content/c.yaml 7:9-7:16",        // the key optinal
                "WM104 content/c.yaml 9:19-9:26",       // "maybe", quotes included
                "WM201 content/index.md 10:1-10:12",    // the embed's line, to the end of nope.yaml
                "WM201 content/index.md 3:31-3:49",     // [gone](missing.md)
                "WM212 content/index.md 5:1-5:14"),     // #### Too deep
                ranges, Projects.human(r));
    }
}
