package org.waymark.markdown;

import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A stateless inline syntax of Waymark's own, tried where one of {@code characters} starts,
 * with no order among the other inline extensions: what flexmark's factory interface needs,
 * written once for each such syntax.
 */
final class InlineSyntax implements InlineParserExtensionFactory {
    private final String characters;
    private final Supplier<InlineParserExtension> extension;

    InlineSyntax(String characters, Supplier<InlineParserExtension> extension) {
        this.characters = characters;
        this.extension = extension;
    }

    @Override
    public CharSequence getCharacters() {
        return characters;
    }

    @Override
    public InlineParserExtension apply(LightInlineParser parser) {
        return extension.get();
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    public boolean affectsGlobalScope() {
        return false;
    }
}
