package org.whichtherapist.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The one release of the editor the site loads, from {@code editor-release.properties} beside this class
 * (which scripts/fetch-editor.sh also reads).
 *
 * @param file      the script's path inside the npm package
 * @param integrity {@code sha384-...} of the script's bytes
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
