package org.whichtherapist.markdown;

import java.util.Map;
import java.util.Optional;

import org.whichtherapist.core.SitePaths;

/**
 * Knows where every page is written, so a Markdown link to a source file
 * ({@code ../disciplines/physiotherapist.md}) can become a link to the built page.
 *
 * @param outputByContentPath content path ({@code disciplines/physiotherapist.md}) to output
 *                            path ({@code disciplines/physiotherapist.html})
 * @param contentFolder       the content folder, where pictures are found
 */
public record PageLinks(Map<String, String> outputByContentPath, java.nio.file.Path contentFolder) {

    public static final PageLinks NONE = new PageLinks(Map.of(), null);

    /** The picture file a relative image address in a page points to, if it is in content/. */
    public Optional<java.nio.file.Path> pictureFile(String fromContentPath, String address) {
        return pictureContentPath(fromContentPath, address).map(contentFolder::resolve);
    }

    /** Where a relative image address in a page points below content/ ({@code articles/img/knee.jpg}), if it does. */
    public Optional<String> pictureContentPath(String fromContentPath, String address) {
        if (contentFolder == null || address.contains(":") || address.startsWith("/")) {
            return Optional.empty();
        }
        String path = address.replaceAll("[?#].*$", "");
        return resolveContentPath(fromContentPath, java.net.URLDecoder.decode(path, java.nio.charset.StandardCharsets.UTF_8));
    }

    public Optional<String> outputOf(String contentPath) {
        return Optional.ofNullable(outputByContentPath.get(contentPath));
    }

    /** The link from one built page to another, relative so the site works under any sub-path. */
    public static String relativeUrl(String fromOutput, String toOutput) {
        String prefix = "../".repeat((int) fromOutput.chars().filter(c -> c == '/').count());
        return prefix + toOutput;
    }

    /**
     * A link written from the site's root ({@code /}, {@code /articles.html}, {@code /tags/nhs.html})
     * as a link relative to the page at {@code fromOutput}, so it still works under a sub-path; empty
     * for any other link ({@code //host/...} is left for the link check to refuse).
     */
    public static Optional<String> fromSiteRoot(String fromOutput, String path) {
        if (!path.startsWith("/") || path.startsWith("//")) {
            return Optional.empty();
        }
        String relative = relativeUrl(fromOutput, path.substring(1));
        return Optional.of(relative.isEmpty() ? "./" : relative);
    }

    /** Resolves {@code target} written in the file at {@code fromContentPath}; empty if it leaves the content folder. */
    public static Optional<String> resolveContentPath(String fromContentPath, String target) {
        return SitePaths.resolve(fromContentPath, target);
    }
}
