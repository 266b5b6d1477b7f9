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
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * FreeMarker, configured once per build and locked down: HTML auto-escaping, no {@code ?new}
 * of arbitrary classes, no {@code ?api}, errors rethrown (never written into a page), output
 * into a buffer so a failed page writes nothing. A project's templates/ overrides the
 * built-in theme file by file.
 */
public final class TemplateSet {
    private final Configuration config;

    public TemplateSet(Path projectTemplates) throws IOException {
        config = new Configuration(Configuration.VERSION_2_3_34);
        TemplateLoader builtIn = new ClassTemplateLoader(TemplateSet.class, Theme.BUILT_IN);
        if (projectTemplates != null && Files.isDirectory(projectTemplates)) {
            FileTemplateLoader own = new FileTemplateLoader(projectTemplates.toFile());
            config.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {own, builtIn}));
        } else {
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
        try {
            Template t = config.getTemplate(name);
            StringWriter out = new StringWriter(16 * 1024);
            t.process(model, out);
            return out.toString();
        } catch (TemplateException e) {
            throw new TemplateFailure(name, e.getTemplateSourceName(), e.getLineNumber() == null ? 1 : e.getLineNumber(),
                    e.getColumnNumber() == null ? 1 : e.getColumnNumber(), firstLine(e.getMessageWithoutStackTop()));
        } catch (freemarker.core.ParseException e) {
            throw new TemplateFailure(name, e.getTemplateName() == null ? name : e.getTemplateName(), e.getLineNumber(),
                    e.getColumnNumber(), firstLine(e.getEditorMessage()));
        } catch (IOException e) {
            throw new TemplateFailure(name, name, 1, 1, "cannot read template: " + e.getMessage());
        }
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

    /** A template that failed, located in the template file. */
    public static final class TemplateFailure extends Exception {
        public final String template;
        public final int line;
        public final int column;

        TemplateFailure(String requested, String template, int line, int column, String message) {
            super(message, null, false, false);
            this.template = template == null ? requested : template;
            this.line = line;
            this.column = column;
        }
    }
}
