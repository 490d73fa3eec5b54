package org.whichtherapist.publish;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.whichtherapist.content.Page;
import org.whichtherapist.photos.PhotoFile;
import org.whichtherapist.content.SiteContent;
import org.whichtherapist.core.SiteFiles;
import org.whichtherapist.markdown.PageLinks;
import org.whichtherapist.render.ContentSecurityPolicy;
import org.whichtherapist.render.SiteAssets;

/**
 * The files static hosts read beside the pages: {@code .nojekyll} (GitHub Pages), {@code _headers} (security
 * headers and year-long caching of fingerprinted files), and {@code _redirects} plus a redirect page for each
 * of a page's {@code aliases}, for hosts with and without redirect rules.
 */
public record HostFiles(String siteAddress, ContentSecurityPolicy policy) {
    private static final String LONG_CACHE = "public, max-age=31536000, immutable";

    /** Writes the files. admin/'s own policy comes last in {@code _headers}: hosts apply a path's last rule. */
    public void write(Path site, SiteContent content, SiteAssets assets, AdminFiles admin) throws IOException {
        String path = URI.create(siteAddress).getPath();
        String basePath = path == null || path.isEmpty() ? "/" : path;
        SiteFiles.write(site.resolve(".nojekyll"), "");
        SiteFiles.write(site.resolve("_headers"), headers(basePath, assets) + admin.headersBlock(basePath));
        writeRedirects(site, content, basePath);
    }

    private String headers(String basePath, SiteAssets assets) {
        StringBuilder text = new StringBuilder()
                .append(basePath).append("*\n")
                .append("  Content-Security-Policy: ").append(policy.forHost()).append('\n')
                .append("  X-Content-Type-Options: nosniff\n")
                .append("  X-Frame-Options: DENY\n")
                .append("  Referrer-Policy: strict-origin-when-cross-origin\n")
                .append("  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()\n");
        for (String published : assets.published().values()) { // in path order: the same bytes every run
            text.append(basePath).append(published).append('\n')
                    .append("  Cache-Control: ").append(LONG_CACHE).append('\n');
        }
        // share cards and resized photos: every name there changes with what the file shows
        text.append(basePath).append(PhotoFile.FOLDER).append("*\n")
                .append("  Cache-Control: ").append(LONG_CACHE).append('\n');
        return text.toString();
    }

    private void writeRedirects(Path site, SiteContent content, String basePath) throws IOException {
        StringBuilder rules = new StringBuilder();
        for (Page page : content.all()) {
            for (String alias : page.list("aliases")) {
                rules.append(basePath).append(alias).append(' ').append(basePath).append(page.uri()).append(" 301\n");
                Path file = site.resolve(alias);
                Files.createDirectories(file.getParent());
                SiteFiles.write(file, redirectPage(alias, page));
            }
        }
        if (!rules.isEmpty()) {
            SiteFiles.write(site.resolve("_redirects"), rules.toString());
        }
    }

    /** A page at the old address that sends browsers and search engines to the new one. */
    private String redirectPage(String alias, Page page) {
        String target = PageLinks.relativeUrl(alias, page.uri());
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false);
        doc.selectFirst("html").attr("lang", "en-GB");
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("meta").attr("http-equiv", ContentSecurityPolicy.META_NAME)
                .attr("content", policy.forPage(alias));
        doc.head().appendElement("title").text("This page has moved: " + page.title());
        doc.head().appendElement("meta").attr("name", "robots").attr("content", "noindex");
        doc.head().appendElement("link").attr("rel", "canonical").attr("href", siteAddress + page.uri());
        doc.head().appendElement("meta").attr("http-equiv", "refresh").attr("content", "0; url=" + target);
        Element p = doc.body().appendElement("p").text("This page has moved to ");
        p.appendElement("a").attr("href", target).text(page.title());
        p.appendText(".");
        return "<!DOCTYPE html>\n" + doc.html() + "\n";
    }
}
