package org.whichtherapist.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.whichtherapist.core.Hashes;

/**
 * The stylesheet and the head script (both inlined into every page; {@code assets/inline/}, which holds
 * the head script, is not published) and the fingerprinted names of the files under
 * {@code assets/css} and {@code assets/js}: {@code js/site.js} is published as
 * {@code js/site.1a2b3c4d5e.js}, so hosts can cache it for a year and a change still reaches
 * readers at once. Templates ask {@code assets.url("js/site.js")} for the published name.
 */
public final class SiteAssets {
    public static final String STYLESHEET = "css/site.css";
    /** Run in {@code <head>} before the page is drawn (the remembered theme): it cannot wait for a file. */
    public static final String HEAD_SCRIPT = "inline/head.js";
    private static final String[] FINGERPRINTED_FOLDERS = {"css", "js"};
    private static final int HASH_CHARS = 10;

    private final String stylesheet;
    private final String headScript;
    private final Map<String, String> published;

    private SiteAssets(String stylesheet, String headScript, Map<String, String> published) {
        this.stylesheet = stylesheet;
        this.headScript = headScript;
        this.published = published;
    }

    /**
     * The stylesheet as it is inlined into every page: without its comments and the indentation of
     * its lines (a sixth of its gzipped weight, which every page pays before its first paint). The
     * stylesheet has no comment markers inside strings.
     */
    static String compact(String css) {
        String noComments = css.replaceAll("(?s)/\\*.*?\\*/", "");
        return noComments.lines().map(String::strip).filter(line -> !line.isEmpty())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    public static SiteAssets read(Path assetFolder) throws IOException {
        Path css = assetFolder.resolve(STYLESHEET);
        String stylesheet = Files.isRegularFile(css) ? compact(Files.readString(css, StandardCharsets.UTF_8)) : "";
        Path head = assetFolder.resolve(HEAD_SCRIPT);
        String headScript = Files.isRegularFile(head) ? Files.readString(head, StandardCharsets.UTF_8).strip() : "";
        Map<String, String> published = new TreeMap<>();
        for (String folder : FINGERPRINTED_FOLDERS) {
            Path dir = assetFolder.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String path = assetFolder.relativize(file).toString().replace('\\', '/');
                    published.put(path, fingerprinted(path, Files.readAllBytes(file)));
                }
            }
        }
        return new SiteAssets(stylesheet, headScript, published);
    }

    public String stylesheet() {
        return stylesheet;
    }

    /** The script every page runs in {@code <head>}, as it is inlined (templates: {@code headScript}). */
    public String headScript() {
        return headScript;
    }

    /** The published name of an asset; a name that is not an asset is an error in the template. */
    public String url(String path) {
        String name = published.get(path);
        if (name == null) {
            throw new IllegalArgumentException("there is no asset '" + path + "' in assets/" + String.join("/ or assets/",
                    FINGERPRINTED_FOLDERS) + "/");
        }
        return name;
    }

    /**
     * Original path to published path, for every fingerprinted file, in path order (not
     * {@code Map.copyOf}, whose order changes from one run of Java to the next: _headers would too).
     */
    public Map<String, String> published() {
        return Collections.unmodifiableMap(published);
    }

    static String fingerprinted(String path, byte[] content) {
        int dot = path.lastIndexOf('.');
        String hash = Hashes.sha256Hex(content).substring(0, HASH_CHARS);
        return dot > path.lastIndexOf('/') ? path.substring(0, dot) + "." + hash + path.substring(dot) : path + "." + hash;
    }


    /** Renames the copied assets in a built site to their fingerprinted names. */
    public void fingerprint(Path site) throws IOException {
        for (Map.Entry<String, String> asset : published.entrySet()) {
            Path original = site.resolve(asset.getKey());
            if (Files.isRegularFile(original)) {
                Files.move(original, site.resolve(asset.getValue()));
            }
        }
    }
}
