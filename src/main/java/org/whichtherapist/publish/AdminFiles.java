package org.whichtherapist.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.whichtherapist.content.SiteContent;
import org.whichtherapist.content.WritingOrder;
import org.whichtherapist.core.SiteFiles;

/**
 * The editor at admin/ (Sveltia CMS): {@code index.html}, loading the pinned script by its integrity hash,
 * and {@code config.yml}. No page of the site: nothing lists it, search engines are asked not to index it,
 * and it has a Content Security Policy of its own.
 */
public record AdminFiles(EditorSettings settings, Path project) {
    public static final String FOLDER = "admin";
    private static final String GITHUB_API = "https://api.github.com";
    /** Where the editor checks for a newer release and loads the parts it needs only sometimes, wherever its script is. */
    private static final String UNPKG = "https://unpkg.com";
    /** Where the editor's stylesheet loads its fonts from (its icons are a font). */
    private static final String FONTS = "https://cdn.jsdelivr.net";

    /** Writes admin/ into {@code site} for {@code content}, when the editor is on; {@code memory}: the YAML made before. */
    public void write(Path site, SiteContent content, EditorConfig.Place place, EditorConfig.Memory memory)
            throws IOException {
        if (!settings.enabled()) {
            return;
        }
        Path folder = site.resolve(FOLDER);
        Files.createDirectories(folder);
        EditorConfig config = new EditorConfig(settings, FieldHints.read(project), new WritingOrder(project));
        SiteFiles.write(folder.resolve("config.yml"), config.yaml(content, place, memory));
        SiteFiles.write(folder.resolve("index.html"), page(place.title()));
    }

    /**
     * The editor's Content Security Policy: unpkg, jsDelivr's fonts, GitHub's API, inline styles and pictures
     * from anywhere (photo and avatar previews). {@code header}: with {@code frame-ancestors}, header-only.
     */
    public String policy(boolean header) {
        String script = " " + UNPKG + settings.scriptOrigin().filter(o -> !o.equals(UNPKG)).map(o -> " " + o).orElse("");
        return "default-src 'self'; script-src 'self'" + script + "; style-src 'self' 'unsafe-inline'; img-src 'self'"
                + " data: blob: https:; media-src 'self' blob:; font-src 'self' data: " + FONTS + "; connect-src 'self' data: blob: "
                + GITHUB_API + script + "; worker-src 'self' blob:; manifest-src 'self' blob:; frame-src 'self' blob:; object-src 'none'; base-uri 'self';"
                + " form-action 'self'" + (header ? "; frame-ancestors 'none'" : "");
    }

    private String page(String siteTitle) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false);
        doc.selectFirst("html").attr("lang", "en-GB");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "robots").attr("content", "noindex, nofollow");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", policy(false));
        head.appendElement("meta").attr("name", "referrer").attr("content", "same-origin");
        head.appendElement("link").attr("rel", "icon").attr("href", "../favicon.svg").attr("type", "image/svg+xml");
        head.appendElement("title").text("Edit " + siteTitle);
        doc.body().appendElement("noscript").appendElement("p")
                .text("The editor needs JavaScript. The owner's guide, docs/writing.md, says how to edit the site"
                        + " without it.");
        head.appendElement("script").attr("src", settings.script()).attr("defer", "")
                .attr("integrity", EditorRelease.pinned().integrity()).attr("crossorigin", "anonymous");
        return "<!DOCTYPE html>\n" + doc.html() + "\n";
    }

    String headersBlock(String basePath) {
        return settings.enabled() ? basePath + FOLDER + "/*\n  Content-Security-Policy: " + policy(true)
                + "\n  X-Robots-Tag: noindex\n  Cache-Control: no-cache\n" : "";
    }
}
