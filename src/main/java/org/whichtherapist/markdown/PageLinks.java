package org.whichtherapist.markdown;

import java.util.Map;
import java.util.Optional;

import org.whichtherapist.source.ClosestId;
import org.whichtherapist.core.SitePaths;

/**
 * Where every page is written, so a Markdown link to a source file ({@code ../a/b.md}) can become a link to
 * the built page.
 *
 * @param oldAddresses each page's {@code aliases} to its content path, so a link to a renamed page names the new one
 * @param sourceIds    the ids of content/_data/sources.yml, so a citation's message says whether its source exists
 */
public record PageLinks(Map<String, String> outputByContentPath, java.nio.file.Path contentFolder,
                        Map<String, String> oldAddresses, java.util.Set<String> sourceIds) {

    public static final PageLinks NONE = new PageLinks(Map.of(), null, Map.of(), java.util.Set.of());

    /** The page a link to the missing {@code target} most likely means: one it moved to, else a near spelling. */
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

    /** Where a relative image address in a page points below content/ ({@code articles/img/knee.jpg}), if it does. */
    public Optional<String> pictureContentPath(String fromContentPath, String address) {
        if (contentFolder == null || address.contains(":") || address.startsWith("/")) {
            return Optional.empty();
        }
        String path = address.replaceAll("[?#].*$", "");
        return SitePaths.resolve(fromContentPath, java.net.URLDecoder.decode(path, java.nio.charset.StandardCharsets.UTF_8));
    }

    public Optional<String> outputOf(String contentPath) {
        return Optional.ofNullable(outputByContentPath.get(contentPath));
    }

    /** The link from one built page to another, relative so the site works under any sub-path. */
    public static String relativeUrl(String fromOutput, String toOutput) {
        return "../".repeat((int) fromOutput.chars().filter(c -> c == '/').count()) + toOutput;
    }

    /** A link from the site's root ({@code /articles.html}) made relative, to work under a sub-path; else empty. */
    public static Optional<String> fromSiteRoot(String fromOutput, String path) {
        if (!path.startsWith("/") || path.startsWith("//")) {
            return Optional.empty();
        }
        String relative = relativeUrl(fromOutput, path.substring(1));
        return Optional.of(relative.isEmpty() ? "./" : relative);
    }
}
