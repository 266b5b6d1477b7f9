package org.waymark.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * axe-core (the copy bundled in com.deque.html.axe-core:selenium, nothing downloaded) run on
 * the page the browser shows, in the state it is in.
 */
public final class Axe {
    private Axe() {}

    /** Makes the page follow a light or a dark colour-scheme preference, as a reader's system would set it. */
    public static void scheme(Browser browser, String scheme) {
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Each serious or critical violation on the page, as one line: rule, help, and the first few elements. */
    public static List<String> seriousViolations(Browser browser) {
        Results results = new AxeBuilder().analyze(browser.driver());
        List<String> found = new ArrayList<>();
        for (Rule v : results.getViolations()) {
            if (!"serious".equals(v.getImpact()) && !"critical".equals(v.getImpact())) continue;
            found.add(v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " at "
                    + v.getNodes().stream().limit(3).map(n -> n.getTarget() + " (" + n.getFailureSummary()
                    .replace('\n', ' ') + ")").toList());
        }
        return found;
    }
}
