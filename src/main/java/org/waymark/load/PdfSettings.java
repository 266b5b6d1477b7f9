package org.waymark.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.model.FontFile;
import org.waymark.text.Source;

/**
 * site.yaml's {@code pdf:} mapping: {@code fonts:}, project font files for the scripts the
 * built-in font lacks. Whether each file exists and reads as a font is checked later, with the
 * text that needs it (check/PdfFontRule).
 */
final class PdfSettings {
    static final Set<String> KEYS = Set.of("fonts");

    private PdfSettings() {}

    static List<FontFile> fonts(Source source, MappingFields site, List<Diagnostic> out) {
        List<FontFile> fonts = new ArrayList<>();
        site.mapping("pdf").ifPresent(pdf -> {
            MappingFields f = new MappingFields(source, pdf, KEYS, "'pdf'", out);
            for (YamlNode item : f.sequence("fonts").map(YamlNode.Sequence::items).orElse(List.of())) {
                if (item instanceof YamlNode.Scalar s && !s.isNull() && !s.value().isBlank()) {
                    font(source, s, out, fonts);
                } else {
                    out.add(Diagnostic.of(source, item.at(), Code.WRONG_TYPE, "each entry of 'fonts' must be the path "
                            + "of a .ttf file, not " + MappingFields.article(item.kind()),
                            "for example '- fonts/NotoSansJP-Regular.ttf'"));
                }
            }
        });
        return List.copyOf(fonts);
    }

    private static void font(Source source, YamlNode.Scalar s, List<Diagnostic> out, List<FontFile> fonts) {
        String path = s.value().strip().replace('\\', '/');
        boolean inside = !path.startsWith("/") && !path.matches("^[A-Za-z]:.*")
                && List.of(path.split("/")).stream().noneMatch(".."::equals);
        if (!inside) {
            out.add(Diagnostic.of(source, s.at(), s.end(), Code.INVALID_VALUE, "a PDF font must be a file inside the "
                    + "project, given from the project's folder", "for example 'fonts/NotoSansJP-Regular.ttf'"));
        } else if (!path.toLowerCase(Locale.ROOT).endsWith(".ttf")) {
            out.add(Diagnostic.of(source, s.at(), s.end(), Code.INVALID_VALUE, "a PDF font must be a TrueType "
                    + "file (.ttf)", "Noto Sans and most other fonts come as .ttf"));
        } else {
            fonts.add(new FontFile(path, s.at()));
        }
    }
}
