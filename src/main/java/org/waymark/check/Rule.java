package org.waymark.check;

import java.util.function.Consumer;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.link.LinkResolver;
import org.waymark.model.Site;

/**
 * One family of checks over the whole loaded site. Rules only read the model; {@code links}
 * resolves links against it, built once per check and shared by the rules.
 */
public interface Rule {
    void check(Site site, LinkResolver links, Consumer<Diagnostic> out);
}
