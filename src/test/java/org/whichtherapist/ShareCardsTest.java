package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.whichtherapist.core.BuildMode;
import org.whichtherapist.core.Problem;
import org.whichtherapist.ledger.TargetFolders;

/** Shared on WhatsApp, Facebook or LinkedIn, every page shows a picture of its own. */
class ShareCardsTest {
    private static final String SITE = "https://www.example.com/";

    @Test
    void everyPageHasItsOwnShareCardThatExistsAndIs1200By630() throws IOException {
        BuiltSite real = TestSites.real();
        Map<String, String> pageOfCard = new HashMap<>();
        for (String path : real.readerPages()) {
            Document page = real.page(path);
            String image = page.selectFirst("meta[property=og:image]").attr("content");
            assertTrue(image.startsWith(SITE + "pictures/cards/") && image.endsWith(".png"), path + ": " + image);
            assertEquals(image, page.selectFirst("meta[name=twitter:image]").attr("content"), path);
            assertEquals("1200", page.selectFirst("meta[property=og:image:width]").attr("content"), path);
            assertEquals("630", page.selectFirst("meta[property=og:image:height]").attr("content"), path);
            String alt = page.selectFirst("meta[property=og:image:alt]").attr("content");
            assertTrue(alt.contains("Which Therapist?") && alt.length() > 20, path + ": " + alt);
            String other = pageOfCard.put(image, path);
            assertEquals(null, other, path + " and " + other + " share a card");
            Path file = real.output().resolve(image.substring(SITE.length()));
            BufferedImage card = ImageIO.read(file.toFile());
            assertNotNull(card, file + " is not a picture");
            assertEquals(1200, card.getWidth(), path);
            assertEquals(630, card.getHeight(), path);
        }
        assertTrue(pageOfCard.size() >= 40, pageOfCard.size() + " pages");
        String article = real.page("articles/qualification-levels-explained.html")
                .selectFirst("meta[property=og:image:alt]").attr("content");
        assertEquals("Article: Qualification levels explained – Which Therapist?", article);
    }

    @Test
    void twoCleanBuildsDrawTheSameBytes() {
        Path project = TestSites.newFixtureProject();
        BuiltSite first = withPictureCache(TestSites.scratch("cache-one").toString(),
                () -> TestSites.build(project, BuildMode.PUBLISH, TestSites.FIXTURE_TODAY, project.resolve("one")));
        BuiltSite second = withPictureCache(TestSites.scratch("cache-two").toString(),
                () -> TestSites.build(project, BuildMode.PUBLISH, TestSites.FIXTURE_TODAY, project.resolve("two")));
        assertTrue(first.files().stream().filter(f -> f.startsWith("pictures/cards/")).count() >= 10);
        second.assertSameFilesAs(first);
    }

    @Test
    void aWholeBuildKeepsOnlyTheCardsItUsedInTheProjectsOwnCache() throws IOException {
        Path project = TestSites.newFixtureProject();
        Path cards = project.resolve("target/picture-cache/pictures/cards");
        withPictureCache(null, () -> TestSites.build(project, BuildMode.PUBLISH));
        TestSites.replaceIn(project.resolve("content/articles/filler-3.md"), "title: ", "title: Renamed ");
        BuiltSite renamed = withPictureCache(null, () -> TestSites.build(project, BuildMode.PUBLISH));
        assertTrue(renamed.report().baked().whole(), "a title shows on other pages");
        assertEquals(names(renamed.output().resolve("pictures/cards")), names(cards), "the cache holds the site's cards only");
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    /** Runs {@code build} with the picture cache the property names ({@code null}: the project's own). */
    private static BuiltSite withPictureCache(String folder, Supplier<BuiltSite> build) {
        String before = System.getProperty(TargetFolders.SHARED_PICTURES);
        try {
            if (folder == null) {
                System.clearProperty(TargetFolders.SHARED_PICTURES);
            } else {
                System.setProperty(TargetFolders.SHARED_PICTURES, folder);
            }
            return build.get();
        } finally {
            if (before == null) {
                System.clearProperty(TargetFolders.SHARED_PICTURES);
            } else {
                System.setProperty(TargetFolders.SHARED_PICTURES, before);
            }
        }
    }

    @Test
    void aPageCanShareItsOwnPictureInstead() {
        Path project = TestSites.newFixtureProject();
        TestSites.replaceIn(project.resolve("content/pages/about.md"), "type: page\n",
                "type: page\nimage: ../articles/img/picture.png\nimage_alt: A coloured test pattern of squares\n");
        BuiltSite site = TestSites.build(project, BuildMode.PUBLISH);
        Document about = site.page("about.html");
        String image = about.selectFirst("meta[property=og:image]").attr("content");
        assertTrue(image.matches("https://www\\.example\\.com/pictures/picture-40\\.[0-9a-f]{10}\\.png"), image);
        assertTrue(site.exists(image.substring(SITE.length())));
        assertEquals("A coloured test pattern of squares", about.selectFirst("meta[property=og:image:alt]").attr("content"));
        assertEquals("40", about.selectFirst("meta[property=og:image:width]").attr("content"));
        assertEquals("image/png", about.selectFirst("meta[property=og:image:type]").attr("content"));
    }

    @Test
    void aMissingOwnPictureOrOneWithoutWordsStopsTheBuild() {
        Path project = TestSites.newFixtureProject();
        TestSites.replaceIn(project.resolve("content/pages/about.md"), "type: page\n",
                "type: page\nimage: img/missing.jpg\nimage_alt: A knee\n");
        TestSites.replaceIn(project.resolve("content/pages/faq.md"), "type: faq\n",
                "type: faq\nimage: ../articles/img/picture.png\n");
        List<Problem> problems = TestSites.failingBuild(project);
        assertEquals(List.of(
                "content/pages/about.md:4: the picture 'img/missing.jpg' is missing or cannot be read — check the file"
                        + " name; it is relative to this page's file, e.g. image: img/knee.jpg",
                "content/pages/faq.md:4: the picture '../articles/img/picture.png' has no description — add a line"
                        + " 'image_alt:' saying what it shows, e.g. image_alt: A physiotherapist bending a knee"),
                problems.stream().map(Problem::format).toList());
    }
}
