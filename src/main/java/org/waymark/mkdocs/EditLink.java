package org.waymark.mkdocs;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * site.yaml's {@code editUrl} from mkdocs.yml's {@code repo_url}, {@code edit_uri} and
 * {@code edit_uri_template}, made as MkDocs makes a page's edit link (repo_url joined with
 * edit_uri, then the page's path within docs_dir appended), so editUrl plus a copied page's path
 * is the address MkDocs gave that page. {@code editUrl} is empty where there is none; {@code note}
 * says where it came from, or is empty.
 */
record EditLink(String editUrl, String note) {
    /** A setting as mkdocs.yml has it: {@code value} null where it is null; {@code unread} where it is a tag. */
    record Setting(String where, String value, boolean unread) {}

    static final EditLink NONE = new EditLink("", "");

    /** MkDocs's edit_uri for a repo_url on these hosts when mkdocs.yml gives none. */
    private static final Map<String, String> DEFAULT_EDIT_URI = Map.of("github.com", "edit/master/docs/",
            "gitlab.com", "edit/master/docs/", "bitbucket.org", "src/default/docs/");

    private static final String REPO_LINK = "the theme has no repository link; add one in templates/layout.ftlh";

    /** {@code settings}: those of repo_url, edit_uri and edit_uri_template that mkdocs.yml has. */
    static EditLink of(Map<String, Setting> settings, List<Leftover> leftovers) {
        Setting repo = settings.get("repo_url");
        Setting uri = settings.get("edit_uri");
        Setting template = settings.get("edit_uri_template");
        String repoUrl = repo == null || repo.value() == null ? "" : repo.value();
        EditLink link = NONE;
        String uriWhy = null;
        boolean usedRepo = false;
        if (template != null && (template.unread() || (template.value() != null && !template.value().isEmpty()))) {
            leftovers.add(new Leftover(template.where(), "edit_uri_template", "editUrl is an address that each "
                    + "file's path is appended to, not a template; if it ends in {path}, set editUrl in site.yaml to "
                    + "repo_url joined with what comes before {path}"));
            uriWhy = "it has no effect when edit_uri_template is set, in MkDocs as here";
        } else if ((uri != null && uri.unread()) || (repo != null && repo.unread())) {
            uriWhy = "its value or repo_url's is not written out, so no editUrl was made; set editUrl in site.yaml";
        } else {
            String editUri = uri == null ? null : uri.value();
            String from = "repo_url and edit_uri";
            if (editUri == null && !repoUrl.isEmpty()) {
                editUri = DEFAULT_EDIT_URI.get(host(repoUrl));
                from = "repo_url and MkDocs's default edit_uri for " + host(repoUrl) + ", " + editUri;
            }
            if (editUri != null && !editUri.isEmpty()) {
                if (!editUri.endsWith("/")) editUri += "/";
                if (repoUrl.isEmpty() || absolute(editUri)) from = "edit_uri";
                String joined = join(repoUrl, editUri);
                if (joined.startsWith("https://") || joined.startsWith("http://")) {
                    link = new EditLink(joined, "editUrl: " + joined + " (from " + from + "): \"Edit this page\" "
                            + "links into the MkDocs project's docs_dir, as MkDocs's edit links did; change it once "
                            + "content/ is kept elsewhere");
                    usedRepo = !from.equals("edit_uri");
                } else if (repoUrl.isEmpty()) {
                    uriWhy = "'" + editUri + "' is not an absolute http(s) address and there is no repo_url to join it "
                            + "to; editUrl must be one: set it in site.yaml";
                } else {
                    uriWhy = "repo_url joined with it is not an absolute http(s) address"
                            + (joined.isEmpty() ? "" : " ('" + joined + "')") + ", which editUrl must be; set it in "
                            + "site.yaml";
                }
            } else if (editUri != null) {
                link = new EditLink("", "no editUrl: edit_uri is empty, which turns MkDocs's edit links off");
            }
        }
        if (uri != null && uriWhy != null) leftovers.add(new Leftover(uri.where(), "edit_uri", uriWhy));
        if (repo != null) {
            leftovers.add(new Leftover(repo.where(), "repo_url", REPO_LINK + (usedRepo ? "; editUrl was made from it"
                    : "")));
        }
        return link;
    }

    /** Python's urljoin as MkDocs calls it: repo_url gains a '/' unless edit_uri is a query or fragment. */
    private static String join(String repoUrl, String editUri) {
        if (repoUrl.isEmpty()) return absolute(editUri) ? editUri : "";
        if (editUri.startsWith("?") || editUri.startsWith("#")) {
            String base = repoUrl.replaceAll(editUri.startsWith("?") ? "[?#].*$" : "#.*$", "");
            return base + editUri;
        }
        try {
            URI base = new URI(repoUrl.endsWith("/") ? repoUrl : repoUrl + "/");
            URI joined = base.resolve(new URI(editUri));
            return joined.getHost() == null ? "" : joined.toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "";
        }
    }

    private static boolean absolute(String url) {
        try {
            URI u = new URI(url);
            return u.getScheme() != null && u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String host(String url) {
        try {
            String host = new URI(url).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return "";
        }
    }
}
