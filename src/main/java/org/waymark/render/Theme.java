package org.waymark.render;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The theme's static files (CSS, JS, icons): the built-in ones packaged in the jar, each
 * replaced by a file of the same name under the project's templates/assets/. Each gets a
 * cache-busted name from a hash of its bytes.
 */
public final class Theme {
    static final String BUILT_IN = "/waymark/theme/";

    /** One asset: the name templates ask for, the name written, and its bytes. */
    public record Asset(String name, String outputName, byte[] bytes) {}

    private final Map<String, Asset> assets;

    private Theme(Map<String, Asset> assets) {
        this.assets = assets;
    }

    public static Theme load(Path projectTemplates) throws IOException {
        Map<String, byte[]> files = new TreeMap<>(builtInAssets());
        if (projectTemplates != null && Files.isDirectory(projectTemplates.resolve("assets"))) {
            Path dir = projectTemplates.resolve("assets").toRealPath();
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    if (!p.toRealPath().startsWith(dir)) continue;
                    files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        }
        Map<String, Asset> assets = new LinkedHashMap<>();
        files.forEach((name, bytes) -> assets.put(name, new Asset(name, busted(name, bytes), bytes)));
        // in the order of their names: Map.copyOf would order them anew in every run, and so
        // every page's model that lists them (render's ModelDigests)
        return new Theme(Collections.unmodifiableMap(assets));
    }

    public Map<String, Asset> assets() {
        return assets;
    }

    /** "waymark.css" -> "assets/waymark.1a2b3c4d.css" (relative to the output root). */
    public String path(String name) {
        Asset a = assets.get(name);
        return a == null ? null : "assets/" + a.outputName();
    }

    private static String busted(String name, byte[] bytes) {
        int dot = name.lastIndexOf('.');
        if (dot <= name.lastIndexOf('/')) return name;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return name.substring(0, dot) + "." + HexFormat.of().formatHex(digest, 0, 4) + name.substring(dot);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> builtInAssets() throws IOException {
        URL url = Theme.class.getResource(BUILT_IN + "assets");
        if (url == null) throw new IOException("the built-in theme is missing from the jar");
        Map<String, byte[]> files = new TreeMap<>();
        if (url.getProtocol().equals("jar")) {
            readJar((JarURLConnection) url.openConnection(), files);
            return files;
        }
        try {
            readTree(Path.of(url.toURI()), files);
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        return files;
    }

    /**
     * The files under the connection's folder in the jar, read through a {@link JarFile} rather
     * than a zip file system: that indexed all 10,911 entries of the jar as objects kept for the
     * rest of the run, and took about twice as long to open.
     */
    private static void readJar(JarURLConnection folder, Map<String, byte[]> files) throws IOException {
        folder.setUseCaches(false);  // a JarFile of our own, closed here
        String name = folder.getEntryName();  // the folder's entry: "…/assets/", though asked for without the slash
        String prefix = name.endsWith("/") ? name : name + "/";
        try (JarFile jar = folder.getJarFile()) {
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith(prefix)) continue;
                try (InputStream in = jar.getInputStream(entry)) {
                    files.put(entry.getName().substring(prefix.length()), in.readAllBytes());
                }
            }
        }
    }

    private static void readTree(Path dir, Map<String, byte[]> files) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    files.put(dir.relativize(p).toString().replace('\\', '/'), in.readAllBytes());
                }
            }
        }
    }
}
