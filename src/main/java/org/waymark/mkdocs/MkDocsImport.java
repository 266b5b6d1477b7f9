package org.waymark.mkdocs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;

/**
 * {@code waymark import mkdocs}: an MkDocs project becomes a new Waymark project in another
 * folder. mkdocs.yml's site_name, site_description, site_url, theme language, edit link
 * (repo_url and edit_uri) and nav become content/site.yaml; docs_dir is copied to content/. The MkDocs project is only read. The new
 * project is written into a staging folder beside the output and moved into place whole, so a
 * failed import leaves nothing behind.
 */
public final class MkDocsImport {
    private MkDocsImport() {}

    /**
     * @param source  the MkDocs project's folder, or its mkdocs.yml
     * @param out     the new project's folder: absent, or an empty folder
     * @param display the way to write the MkDocs project's folder in messages ("" or "site-docs/")
     */
    public static ImportResult run(Path source, Path out, String display) {
        Path config = Files.isDirectory(source) ? configIn(source) : source;
        if (config == null || !Files.isRegularFile(config)) {
            return new ImportResult.Refused("no mkdocs.yml in " + source + "; name the MkDocs project's folder or its "
                    + "mkdocs.yml");
        }
        Path target = out.toAbsolutePath().normalize();
        try {
            if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target))) {
                return new ImportResult.Refused(out + " already exists and is not an empty folder; the import writes "
                        + "a new project and never into an existing one");
            }
        } catch (IOException e) {
            return new ImportResult.Refused("cannot read " + out + ": " + e.getMessage());
        }
        String configName = display + config.getFileName();
        MkDocsConfigReader.Result read = MkDocsConfigReader.read(config, configName);
        if (read instanceof MkDocsConfigReader.Result.Failed f) return new ImportResult.Failed(f.diagnostics());
        MkDocsConfig mkdocs = ((MkDocsConfigReader.Result.Read) read).config();
        if (!Files.isDirectory(mkdocs.docsDir())) {
            return new ImportResult.Failed(List.of(Diagnostic.ofFile(configName, 1, 1, Code.IO_ERROR,
                    "docs_dir '" + mkdocs.docsDirName() + "' is not a folder beside mkdocs.yml",
                    "set docs_dir: to the folder that holds the pages")));
        }
        Path docs = mkdocs.docsDir().toAbsolutePath().normalize();
        if (target.startsWith(docs) || docs.startsWith(target)) {
            return new ImportResult.Refused("the output folder " + out + " and docs_dir " + mkdocs.docsDirName()
                    + " overlap; write the new project somewhere else");
        }
        try {
            return write(mkdocs, target, display + mkdocs.docsDirName().replaceAll("/+$", "") + "/", configName);
        } catch (IOException e) {
            return new ImportResult.Refused("cannot write " + out + ": " + e.getMessage());
        }
    }

    private static Path configIn(Path folder) {
        for (String name : List.of("mkdocs.yml", "mkdocs.yaml")) {
            if (Files.isRegularFile(folder.resolve(name))) return folder.resolve(name);
        }
        return null;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (var list = Files.list(folder)) {
            return list.findAny().isEmpty();
        }
    }

    private static ImportResult write(MkDocsConfig mkdocs, Path target, String docsName, String configName)
            throws IOException {
        List<Leftover> leftovers = new ArrayList<>(mkdocs.leftovers());
        DocsFolder docs = DocsFolder.scan(mkdocs.docsDir(), docsName, leftovers);
        NavPlan plan = NavPlan.of(mkdocs.nav() == null ? List.of() : mkdocs.nav(), docs,
                at -> configName + ":" + at.line() + ":" + at.column());
        leftovers.addAll(plan.leftovers);
        String title = mkdocs.siteName();
        if (title.isEmpty()) {
            title = "Documentation";
            leftovers.add(new Leftover(configName, "site_name",
                    "mkdocs.yml gives none (or it is a tag); the title is \"Documentation\": change it in site.yaml"));
        }
        Files.createDirectories(target.getParent());
        Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".import-");
        try {
            boolean attrLists = mkdocs.extensions().contains("attr_list") || mkdocs.extensions().contains("markdown.extensions.attr_list");
            ContentCopy copy = ContentCopy.write(docs, plan, staging.resolve("content"), leftovers, attrLists,
                    mkdocs.extensions().contains("pymdownx.snippets"));
            Files.writeString(staging.resolve("content/site.yaml"), SiteYaml.of(title, mkdocs.description(),
                    mkdocs.siteUrl(), mkdocs.language(), mkdocs.edit().editUrl(), mkdocs.search(), plan.entries));
            Files.writeString(staging.resolve(".gitignore"), gitignore());
            if (Files.isDirectory(target)) Files.delete(target);
            Files.move(staging, target);
            List<String> carried = new ArrayList<>(copy.summary());
            carried.add(0, "content/site.yaml: " + siteYamlSummary(mkdocs, plan));
            if (!mkdocs.edit().note().isEmpty()) carried.add(1, mkdocs.edit().note());
            if (!mkdocs.supported().isEmpty()) {
                carried.add("Markdown extensions Waymark reads as they are: " + String.join(", ", mkdocs.supported()));
            }
            if (!mkdocs.builtIn().isEmpty()) {
                carried.add("Plugins Waymark has built in: " + String.join(", ", mkdocs.builtIn()));
            }
            leftovers.sort(Leftover.ORDER);
            return new ImportResult.Imported(target, List.copyOf(carried), List.copyOf(leftovers));
        } finally {
            if (Files.exists(staging)) ContentCopy.delete(staging);
        }
    }

    /** The .gitignore that {@code waymark new} writes too: what builds write, kept out of git. */
    private static String gitignore() throws IOException {
        try (var in = MkDocsImport.class.getResourceAsStream("/waymark/scaffold/gitignore")) {
            if (in == null) throw new IOException("the scaffold's gitignore is missing from the jar");
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static String siteYamlSummary(MkDocsConfig mkdocs, NavPlan plan) {
        List<String> parts = new ArrayList<>(List.of("title"));
        if (!mkdocs.description().isEmpty()) parts.add("description");
        if (!mkdocs.siteUrl().isEmpty()) parts.add("baseUrl");
        if (!mkdocs.language().isEmpty()) parts.add("language");
        if (!mkdocs.edit().editUrl().isEmpty()) parts.add("editUrl");
        if (!mkdocs.search()) parts.add("search: false (plugins: leaves out search)");
        int n = plan.entries.size();
        if (n > 0) parts.add("nav (" + n + (n == 1 ? " entry)" : " entries)"));
        return String.join(", ", parts) + (mkdocs.nav() == null ? "; no nav in mkdocs.yml: the header lists the "
                + "top-level folders and pages" : "");
    }
}
