package org.whichtherapist.render.pictures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.whichtherapist.content.SiteContent;
import org.whichtherapist.core.BuildFailedException;
import org.whichtherapist.core.Problem;
import org.whichtherapist.core.Problems;
import org.whichtherapist.ledger.TargetFolders;
import org.whichtherapist.render.diagrams.Diagrams;

/**
 * The site's pictures as templates see them ({@code pictures}: {@link ShareCards}, {@link Diagrams}), and the
 * stage that writes the cards and resized photos after the bake, kept in {@link TargetFolders#pictures}.
 */
public final class SitePictures {
    private final ShareCards cards;
    private final Diagrams diagrams;
    private final PublishedPhotos photos;
    private final PictureCache cache;

    private SitePictures(ShareCards cards, Diagrams diagrams, PublishedPhotos photos, PictureCache cache) {
        this.cards = cards;
        this.diagrams = diagrams;
        this.photos = photos;
        this.cache = cache;
    }

    /** Reads what the pictures are drawn with: the fonts in assets/fonts/ and the stylesheet's colours. */
    public static SitePictures prepare(Path project, Path contentFolder, Path assetFolder, String stylesheet,
                                       SiteSettingsView settings) throws BuildFailedException, IOException {
        for (String font : new String[] {CardStyle.REGULAR_FONT, CardStyle.BOLD_FONT}) {
            if (!Files.isRegularFile(assetFolder.resolve(font))) {
                throw new BuildFailedException(java.util.List.of(Problem.at("assets/" + font, 0,
                        "this font is missing; share cards are drawn with it",
                        "put it back from the project's history (it is Noto Sans, see assets/fonts/OFL.txt)")));
            }
        }
        CardStyle style = CardStyle.read(assetFolder, stylesheet);
        Path cache = new TargetFolders(project).pictures();
        return new SitePictures(new ShareCards(style, settings.title(), settings.address(), settings.site().all(), contentFolder),
                new Diagrams(settings.site()), new PublishedPhotos(project, contentFolder), new PictureCache(cache.toAbsolutePath()));
    }

    /** What the share cards need to know about the site. */
    public record SiteSettingsView(String title, String address, SiteContent site) {
    }

    /** The share card of the page at {@code path}: {@code pictures.card(path, title, description)}. */
    public ShareCards.Card card(String path, String title, String description) {
        return cards.card(path, title, description);
    }

    /** A diagram as HTML: {@code ${pictures.diagram("who-does-what")?no_esc}}. */
    public String diagram(String id) {
        return diagrams.html(id);
    }

    /** After the bake: writes the share cards the pages named and every photo's sizes; returns warnings and errors. */
    public Problems write(Path site) throws IOException {
        cards.write(site, cache);
        return photos.write(site, cache);
    }

    /** After a whole bake: deletes the kept pictures this build did not use. */
    public void forgetUnused() throws IOException {
        cache.kept().forgetUnused();
    }
}
