package org.whichtherapist.markdown;

import java.util.Map;
import java.util.Optional;

import org.whichtherapist.source.ClosestId;
import org.whichtherapist.core.SitePaths;

/**
 * Knows where every page is written, so a Markdown link to a source file
 * ({@code ../disciplines/physiotherapist.md}) can become a link to the built page.
 *
 * @param outputByContentPath content path ({@code disciplines/physiotherapist.md}) to output
 *                            path ({@code disciplines/physiotherapist.html})
 * @param contentFolder       the content folder, where pictures are found
 * @param oldAddresses        each page's old addresses ({@code aliases}: {@code articles/knee-pain.html})
 *                            to its content path, so a link to a renamed page can name the new one
 * @param sourceIds           the ids of content/_data/sources.yml, which a citation ({@code [^id]}) links
 *                            to through the page's Sources list: its message says whether the source exists
 */
public record PageLinks(Map<String, String> outputByContentPath, java.nio.file.Path contentFolder,
                        Map<String, String> oldAddresses, java.util.Set<String> sourceIds) {

    public static final PageLinks NONE = new PageLinks(Map.of(), null, Map.of(), java.util.Set.of());

    /**
     * The page a link to the missing {@code target} (a content path) most likely means, as a link
     * written in the file at {@code fromContentPath}: the page that lists the target's old address in
     * its {@code aliases}, else the page whose path is a few letters from it.
     */
    public Optional<String> likelyMeant(String fromContentPath, String target) {
        String name = target.substring(target.lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
        Optional<String> moved = oldAddresses.entrySet().stream()
                .filter(old -> old.getKey().substring(old.getKey().lastIndexOf('/') + 1).equals(name + ".html"))
                .map(Map.Entry::getValue).sorted().findFirst();
        return moved.or(() -> ClosestId.to(target, outputByContentPath.keySet()))
                .map(meant -> relativeContentPath(fromContentPath, meant));
    }

    /** {@code to} as a link written in the file at {@code from} (both content paths). */
    static String relativeContentPath(String from, String to) {
        String[] fromFolders = from.contains("/") ? from.substring(0, from.lastIndexOf('/')).split("/") : new String[0];
        String[] toParts = to.split("/");
        int same = 0;
        while (same < fromFolders.length && same < toParts.length - 1 && fromFolders[same].equals(toParts[same])) {
            same++;
        }
        return "../".repeat(fromFolders.length - same) + String.join("/",
                java.util.Arrays.asList(toParts).subList(same, toParts.length));
    }

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
