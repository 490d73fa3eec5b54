package org.whichtherapist.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.whichtherapist.core.Hashes;
import org.whichtherapist.core.SiteFiles;

/**
 * The stylesheet, inlined into every page; the files of {@code assets/inline/}, inlined where a template asks
 * ({@code assets.inline("head.js")}) and never published; and the fingerprinted names of the files under
 * {@code assets/css} and {@code assets/js} ({@code assets.url("js/site.js")} is {@code js/site.1a2b3c4d5e.js}),
 * so hosts can cache them for a year.
 */
public final class SiteAssets {
    public static final String STYLESHEET = "css/site.css";
    /** Code inlined where a template asks for it, by name: {@code .js} scripts and {@code .css} styles. */
    public static final String INLINE_FOLDER = "inline";
    private static final String[] FINGERPRINTED_FOLDERS = {"css", "js"};
    private static final int HASH_CHARS = 10;

    private final String stylesheet;
    private final Map<String, String> inline;
    private final Map<String, String> published;

    private SiteAssets(String stylesheet, Map<String, String> inline, Map<String, String> published) {
        this.stylesheet = stylesheet;
        this.inline = inline;
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
        Map<String, String> inline = new TreeMap<>();
        Path inlineFolder = assetFolder.resolve(INLINE_FOLDER);
        if (Files.isDirectory(inlineFolder)) {
            try (Stream<Path> files = Files.list(inlineFolder)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = file.getFileName().toString();
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    if (name.endsWith(".css")) {
                        inline.put(name, compact(text));
                    } else if (name.endsWith(".js")) {
                        inline.put(name, text.strip());
                    }
                }
            }
        }
        Map<String, String> published = new TreeMap<>();
        for (String folder : FINGERPRINTED_FOLDERS) {
            Path dir = assetFolder.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            for (Path file : SiteFiles.all(dir)) {
                String path = SiteFiles.relative(assetFolder, file);
                published.put(path, fingerprinted(path, Files.readAllBytes(file)));
            }
        }
        return new SiteAssets(stylesheet, inline, published);
    }

    public String stylesheet() {
        return stylesheet;
    }

    /** The text of {@code assets/inline/<name>} as it is inlined; a name that is not there is an error in the template. */
    public String inline(String name) {
        String text = inline.get(name);
        if (text == null) {
            throw new IllegalArgumentException("there is no file '" + name + "' in assets/" + INLINE_FOLDER + "/");
        }
        return text;
    }

    /** Every inline script, as inlined: what the Content Security Policy allows by hash. */
    public List<String> inlineScripts() {
        return inline.entrySet().stream().filter(e -> e.getKey().endsWith(".js")).map(Map.Entry::getValue).toList();
    }

    /** The stylesheet and every inline style, as inlined: what the Content Security Policy allows by hash. */
    public List<String> inlineStyles() {
        List<String> styles = new ArrayList<>(List.of(stylesheet));
        inline.entrySet().stream().filter(e -> e.getKey().endsWith(".css")).map(Map.Entry::getValue).forEach(styles::add);
        return styles;
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
