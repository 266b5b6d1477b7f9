package org.waymark.check;

import java.util.function.Consumer;
import org.waymark.model.Site;

/** One family of checks over the whole loaded site. Rules only read the model. */
public interface Rule {
    void check(Site site, Consumer<Diagnostic> out);
}
