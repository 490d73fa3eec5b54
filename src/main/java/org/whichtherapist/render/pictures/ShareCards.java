package org.whichtherapist.render.pictures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.whichtherapist.content.Page;
import org.whichtherapist.photos.PhotoFile;
import org.whichtherapist.photos.PhotoFiles;
import org.whichtherapist.core.Hashes;
import org.whichtherapist.core.SitePaths;

/**
 * Every page's share card: {@code pictures.card(path, title, description)} names the file by what the card
 * shows, so it is known at once; {@link #write} then draws those not yet in the cache. A page's own
 * {@code image} is shared instead.
 */
public final class ShareCards {
    /** What templates put in the sharing tags: an absolute address, the size, and words for the picture. */
    public record Card(String url, int width, int height, String alt, String type) {
    }

    static final String FOLDER = PhotoFile.FOLDER + "cards/";
    /** Changes every card's name when the drawing changes. */
    private static final String DRAWING = "card-v1";
    private static final int HASH_CHARS = 16;
    private static final int OWN_IMAGE_WIDTH = 1200;
    private static final Map<String, String> KINDS = Map.of("article", "Article", "discipline", "Therapist",
            "qualification", "Qualification", "technique", "Technique", "compare", "Comparison", "guide", "Guide",
            "faq", "Questions and answers", "page", "Page");

    private final CardStyle style;
    private final String siteName;
    private final String siteAddress;
    private final Path contentFolder;
    private final Map<String, Page> pagesByUri = new HashMap<>();
    /** Published path to card, for every card a page asked for in this build. */
    private final Map<String, ShareCard> wanted = new ConcurrentHashMap<>();

    /** {@code pages}: every page of the site, whose front matter may give its own picture. */
    ShareCards(CardStyle style, String siteName, String siteAddress, List<Page> pages, Path contentFolder) {
        this.style = style;
        this.siteName = siteName;
        this.siteAddress = siteAddress;
        this.contentFolder = contentFolder;
        pages.forEach(page -> pagesByUri.putIfAbsent(page.uri(), page));
    }

    /** The card of the page at {@code path} (below the site root), titled {@code title}. */
    public Card card(String path, String title, String description) {
        Page page = pagesByUri.get(path);
        if (page != null && page.data().get("image") instanceof String image) {
            Optional<Card> own = ownImage(page, image);
            if (own.isPresent()) {
                return own.get();
            }
        }
        String kind = page != null ? KINDS.getOrDefault(page.type(), "Page") : path.equals("index.html") ? "Home" : "Page";
        // The home page's title is the site's name, which the card shows anyway: it shows what the site is for instead.
        String shown = title.equals(siteName) && !description.isBlank() ? description : title;
        ShareCard card = new ShareCard(shown, kind, siteName);
        String file = FOLDER + Hashes.sha256Hex(String.join("\n", DRAWING, style.fingerprint(), card.kind(),
                card.siteName(), card.title()).getBytes(StandardCharsets.UTF_8)).substring(0, HASH_CHARS) + ".png";
        wanted.putIfAbsent(file, card);
        return new Card(siteAddress + file, ShareCard.WIDTH, ShareCard.HEIGHT, kind + ": " + shown + " – " + siteName,
                "image/png");
    }

    private Optional<Card> ownImage(Page page, String image) {
        String alt = page.data().get("image_alt") instanceof String text ? text : "";
        return SitePaths.resolve(page.source().contentPath(), image)
                .flatMap(path -> PhotoFiles.read(contentFolder, path))
                .map(photo -> {
                    PhotoFile.Variant shown = photo.widestUpTo(OWN_IMAGE_WIDTH);
                    return new Card(siteAddress + shown.path(), shown.width(), shown.height(), alt,
                            photo.png() ? "image/png" : "image/jpeg");
                });
    }

    /** Writes the cards the pages asked for, drawing (on all cores) those not in {@code cache}; returns how many were drawn. */
    int write(Path site, PictureCache cache) throws IOException {
        return (int) PictureCache.onAllCores(List.copyOf(wanted.entrySet()), entry -> {
            boolean drawn = cache.keep(entry.getKey(), () -> entry.getValue().png(style));
            cache.publish(entry.getKey(), site);
            return drawn;
        }).stream().filter(drawn -> drawn).count();
    }
}
