package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;

/**
 * Checklist PDFs print every script: Cyrillic, Greek and accented Latin with the built-in font,
 * Japanese with a project font named in site.yaml, each read back from the PDF. Text no font
 * has is reported with its file and line instead of turning silently into '#'.
 */
class ChecklistPdfFontsTest {
    static final Map<String, List<String>> LISTS = new LinkedHashMap<>();

    static {
        LISTS.put("cyrillic", List.of("Проверка перед выпуском", "Резервная копия сделана", "Журнал изменений обновлён",
                "Ёлка, щука, Ъъ, Ії, Ґґ"));
        LISTS.put("greek", List.of("Έλεγχος πριν την κυκλοφορία", "Τα αντίγραφα ασφαλείας είναι έτοιμα",
                "Ωραία ψυχή, ΐ ΰ ς"));
        LISTS.put("latin", List.of("Überprüfung vor der Veröffentlichung", "Größe geprüft, naïve café crème brûlée",
                "Łódź, Ærø, São João, Çà et là, ñandú, Øresund, œuvre, ß"));
        // letter pairs the whole font's ligature table knew by the numbers of other glyphs in the cut (hh, hk, hn)
        LISTS.put("english", List.of("Technical checks for John", "Withhold thanks until Bangkok signs off",
                "The office's fluff, fifty waffles, affine and shuffled", "Highhanded, hn hh hk"));
        LISTS.put("japanese", List.of("出荷前の確認", "バックアップを取る", "テストを実行する", "監視が動いていること"));
    }

    @Test
    void everyScriptIsReadBackFromThePdf(@TempDir Path dir) throws IOException {
        Path project = project(dir, true);
        Pipeline.Result r = Projects.build(project);
        assertTrue(r.ok(), Projects.human(r));
        assertTrue(r.report().diagnostics().stream().noneMatch(d -> d.code() == Code.PDF_MISSING_GLYPH), Projects.human(r));
        for (var e : LISTS.entrySet()) {
            for (String pdf : List.of(".pdf", "-letter.pdf")) {
                String text = text(project.resolve("site/checklists/" + e.getKey() + "/" + e.getKey() + pdf));
                for (String line : e.getValue()) assertTrue(text.contains(squeeze(line)), e.getKey() + pdf + " lacks " + line + " in:\n" + text);
                assertFalse(text.contains("#"), e.getKey() + pdf + " prints '#':\n" + text);
            }
        }
    }

    @Test
    void textNoFontHasIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
        Path project = project(dir, false);
        Pipeline.Result r = Projects.build(project);
        List<Diagnostic> missing = r.report().diagnostics().stream().filter(d -> d.code() == Code.PDF_MISSING_GLYPH).toList();
        // title, the section's title and three items: one warning for each line, none for the other scripts
        assertEquals(List.of(2, 4, 6, 7, 8), missing.stream().map(Diagnostic::line).toList(), Projects.human(r));
        for (Diagnostic d : missing) {
            assertEquals("content/checklists/japanese.yaml", d.path());
            assertFalse(d.isError());
        }
        assertTrue(missing.get(0).message().contains("'出' (U+51FA)"), missing.get(0).message());
        assertEquals(8, missing.get(0).column(), "the column of the first such character (after \"title: \")");
        assertTrue(r.ok(), "a warning does not stop the build");
    }

    @Test
    void aLinkIsReportedWhenTheTitleOfThePageItLeadsToHasNoFont(@TempDir Path dir) throws IOException {
        Projects.write(dir, Map.of(
                "content/site.yaml", "title: Fonts\n",
                "content/index.md", "# Home\n\n[list](list.yaml)\n",
                "content/guide.md", "# 手順\n\nText.\n",
                "content/list.yaml", "kind: checklist\ntitle: Release\nsections:\n  - items:\n      - text: Back up\n"
                        + "        links:\n          - guide.md\n"));
        Pipeline.Result r = Projects.check(dir);
        List<String> at = r.report().diagnostics().stream().filter(d -> d.code() == Code.PDF_MISSING_GLYPH)
                .map(d -> d.path() + ":" + d.line() + " " + d.message()).toList();
        assertEquals(1, at.size(), Projects.human(r));
        assertTrue(at.get(0).startsWith("content/list.yaml:7 no PDF font has '手' (U+624B), '順' (U+9806)"), at.get(0));
    }

    @Test
    void aFontFileThatIsMissingOrNotAFontIsAnError(@TempDir Path dir) throws IOException {
        Path project = project(dir, true);
        Files.writeString(project.resolve("fonts/broken.ttf"), "not a font");
        Files.writeString(project.resolve("content/site.yaml"), "title: Fonts\npdf:\n  fonts:\n    - fonts/VLGothic-subset.ttf\n"
                + "    - fonts/broken.ttf\n    - fonts/absent.ttf\n    - ../outside.ttf\n");
        Pipeline.Result r = Projects.check(project);
        List<String> errors = r.report().diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.path() + ":" + d.line() + " " + d.code().id()).toList();
        assertEquals(List.of("content/site.yaml:5 WM104", "content/site.yaml:6 WM104", "content/site.yaml:7 WM104"),
                errors, Projects.human(r));
    }

    private static Path project(Path dir, boolean withFont) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("content/site.yaml", "title: Fonts\n" + (withFont ? "pdf:\n  fonts: [fonts/VLGothic-subset.ttf]\n" : ""));
        files.put("content/index.md", "---\ntitle: Home\n---\n\n" + String.join("\n", LISTS.keySet().stream()
                .map(k -> "- [" + k + "](checklists/" + k + ".yaml)").toList()) + "\n");
        for (var e : LISTS.entrySet()) {
            List<String> t = e.getValue();
            StringBuilder y = new StringBuilder("kind: checklist\ntitle: " + t.get(0) + "\nsections:\n  - title: " + t.get(0)
                    + "\n    items:\n");
            for (String item : t.subList(1, t.size())) y.append("      - text: ").append(item).append("\n");
            files.put("content/checklists/" + e.getKey() + ".yaml", y.toString());
        }
        Projects.write(dir, files);
        Files.createDirectories(dir.resolve("fonts"));
        try (InputStream in = ChecklistPdfFontsTest.class.getResourceAsStream("/fonts/VLGothic-subset.ttf")) {
            Files.write(dir.resolve("fonts/VLGothic-subset.ttf"), in.readAllBytes());
        }
        return dir;
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return squeeze(new PDFTextStripper().getText(doc));
        }
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
