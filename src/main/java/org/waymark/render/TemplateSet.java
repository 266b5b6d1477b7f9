package org.waymark.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.waymark.text.Position;

/**
 * FreeMarker, configured once per build and locked down: HTML auto-escaping, no {@code ?new}
 * of arbitrary classes, no {@code ?api}, errors rethrown (never written into a page), output
 * into a buffer so a failed page writes nothing. A project's templates/ overrides the
 * built-in theme file by file.
 */
public final class TemplateSet {
    /** A template's text, and whether it is the project's own (else the built-in theme's). */
    public record TemplateText(String name, String text, boolean own) {}

    private final Configuration config;
    private final TemplateLoader own;
    private final TemplateLoader builtIn;
    private final Map<String, Optional<TemplateText>> texts = new ConcurrentHashMap<>();

    public TemplateSet(Path projectTemplates) throws IOException {
        config = new Configuration(Configuration.VERSION_2_3_34);
        builtIn = new ClassTemplateLoader(TemplateSet.class, Theme.BUILT_IN);
        if (projectTemplates != null && Files.isDirectory(projectTemplates)) {
            own = new FileTemplateLoader(projectTemplates.toFile());
            config.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {own, builtIn}));
        } else {
            own = null;
            config.setTemplateLoader(builtIn);
        }
        config.setDefaultEncoding("UTF-8");
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setRecognizeStandardFileExtensions(true);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setLocalizedLookup(false);
        config.setNumberFormat("computer");
    }

    /** Renders one template into a string; a template error surfaces as a {@link TemplateFailure}. */
    public String render(String name, Map<String, Object> model) throws TemplateFailure {
        StringWriter out = new StringWriter(16 * 1024);
        render(name, model, out);
        return out.toString();
    }

    /** Renders one template into {@code out}, which holds part of a page if it fails. */
    public void render(String name, Map<String, Object> model, Writer out) throws TemplateFailure {
        try {
            config.getTemplate(name).process(model, out);
        } catch (TemplateException e) {
            Position start = position(e.getLineNumber(), e.getColumnNumber());
            throw new TemplateFailure(name, e.getTemplateSourceName(), start,
                    after(start, e.getEndLineNumber(), e.getEndColumnNumber()), firstLine(e.getMessageWithoutStackTop()));
        } catch (freemarker.core.ParseException e) {
            Position start = position(e.getLineNumber(), e.getColumnNumber());
            throw new TemplateFailure(name, e.getTemplateName() == null ? name : e.getTemplateName(), start,
                    after(start, e.getEndLineNumber(), e.getEndColumnNumber()), firstLine(e.getEditorMessage()));
        } catch (IOException e) {
            throw new TemplateFailure(name, name, Position.START, Position.START, "cannot read template: " + e.getMessage());
        }
    }

    /**
     * The text of a template as the renderer reads it: the project's own file when it overrides
     * the theme, else the built-in one; empty when there is neither. Each is read once.
     */
    public Optional<TemplateText> text(String name) {
        return texts.computeIfAbsent(name, n -> {
            Optional<String> mine = read(own, n);
            if (mine.isPresent()) return Optional.of(new TemplateText(n, mine.get(), true));
            return read(builtIn, n).map(t -> new TemplateText(n, t, false));
        });
    }

    private static Optional<String> read(TemplateLoader loader, String name) {
        if (loader == null) return Optional.empty();
        try {
            Object source = loader.findTemplateSource(name);
            if (source == null) return Optional.empty();
            try (Reader r = loader.getReader(source, "UTF-8")) {
                StringWriter text = new StringWriter();
                r.transferTo(text);
                return Optional.of(text.toString());
            } finally {
                loader.closeTemplateSource(source);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Position position(Integer line, Integer column) {
        return new Position(line == null || line < 1 ? 1 : line, column == null || column < 1 ? 1 : column);
    }

    /** FreeMarker's end column is that of the last character; a diagnostic's end is just after it. */
    private static Position after(Position start, Integer endLine, Integer endColumn) {
        if (endLine == null || endColumn == null || endLine < 1 || endColumn < 1) return start;
        Position end = new Position(endLine, endColumn + 1);
        return end.compareTo(start) < 0 ? start : end;
    }

    /** FreeMarker's message without its tips and template stack, on one line. */
    private static String firstLine(String s) {
        if (s == null) return "template error";
        String t = s.strip();
        int tip = t.indexOf("\n----");
        if (tip >= 0) t = t.substring(0, tip);
        t = t.replaceAll("\\s+", " ").strip();
        return t.length() > 300 ? t.substring(0, 300) + "…" : t;
    }

    /** A template that failed: the template file at fault, and where in it (start, and just after the end). */
    public static final class TemplateFailure extends Exception {
        public final String template;
        public final Position start;
        public final Position end;

        TemplateFailure(String requested, String template, Position start, Position end, String message) {
            super(message, null, false, false);
            this.template = template == null ? requested : template;
            this.start = start;
            this.end = end;
        }
    }
}
