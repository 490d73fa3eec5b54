package org.whichtherapist.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The one release of the editor at admin/ (Sveltia CMS) the site loads, from
 * {@code editor-release.properties} beside this class: its npm package and version, the script's
 * path in the package and its Subresource Integrity hash. scripts/fetch-editor.sh reads the same
 * file to keep a copy for the tests.
 *
 * @param packageName the npm package, {@code @sveltia/cms}
 * @param version     the pinned version
 * @param file        the script's path inside the package
 * @param integrity   {@code sha384-...} of the script's bytes
 */
public record EditorRelease(String packageName, String version, String file, String integrity) {
    private static final String RESOURCE = "editor-release.properties";
    private static final EditorRelease PINNED = read();

    public static EditorRelease pinned() {
        return PINNED;
    }

    /** The script's address on unpkg, the CDN that serves every npm package's files by version. */
    public String cdnAddress() {
        return "https://unpkg.com/" + packageName + "@" + version + "/" + file;
    }

    private static EditorRelease read() {
        Properties properties = new Properties();
        try (InputStream in = EditorRelease.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build's classes");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EditorRelease(properties.getProperty("package"), properties.getProperty("version"),
                properties.getProperty("file"), properties.getProperty("integrity"));
    }
}
