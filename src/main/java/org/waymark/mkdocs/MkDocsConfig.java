package org.waymark.mkdocs;

import java.nio.file.Path;
import java.util.List;

/**
 * What the import takes from {@code mkdocs.yml}: the site's name, description, address and
 * language, where the pages are ({@code docs_dir}, resolved), and the nav. Empty text where
 * mkdocs.yml gives none; {@code nav} is null where it has no nav. {@code supported}: Markdown
 * extensions and {@code builtIn}: plugins Waymark does the work of, each with a note;
 * {@code edit}: the edit link; {@code search}: false where {@code plugins:} leaves out MkDocs'
 * search (the new site then has none either). {@code leftovers} is all that it holds and Waymark does not carry over;
 * {@code extensions}: the Markdown extensions it turns on, by name without a package ("attr_list").
 */
record MkDocsConfig(String siteName, String description, String siteUrl, String language, Path docsDir,
                    String docsDirName, List<NavItem> nav, List<String> supported, List<String> builtIn,
                    EditLink edit, boolean search, List<Leftover> leftovers, java.util.Set<String> extensions) {}
