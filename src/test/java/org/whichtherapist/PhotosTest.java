package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.whichtherapist.core.BuildMode;
import org.whichtherapist.core.Problem;

/**
 * A phone photo added to a page (4000 px, with the place it was taken in its EXIF) is published as a
 * few smaller copies, without its metadata, and a phone loads one of under 100 KB. The photo is made
 * here, not kept in the repository.
 */
class PhotosTest {
    private static Path project;
    private static BuiltSite site;
    private static Element photo;

    @BeforeAll
    static void buildAPageWithAPhonePhoto() throws IOException {
        project = TestSites.newFixtureProject();
        Files.write(project.resolve("content/articles/img/hills.jpg"), TestPhotos.jpegWithExif(TestPhotos.photoLike(4000, 3000), 1));
        Files.write(project.resolve("content/articles/img/turned.jpg"), TestPhotos.jpegWithExif(TestPhotos.photoLike(400, 200), 6));
        Path article = project.resolve("content/articles/markdown-features.md");
        TestSites.appendTo(article, "\n![Green hills under a pale sky](img/hills.jpg)\n\n"
                + "![A picture the camera held sideways](img/turned.jpg)\n");
        site = TestSites.build(project, BuildMode.PUBLISH);
        photo = site.page("articles/markdown-features.html").selectFirst("img[alt=Green hills under a pale sky]");
    }

    @Test
    void thePhotoTestedIsAPhonePhotoWithItsPlaceInIt() throws IOException {
        byte[] original = Files.readAllBytes(project.resolve("content/articles/img/hills.jpg"));
        assertEquals(4000, ImageIO.read(project.resolve("content/articles/img/hills.jpg").toFile()).getWidth());
        assertTrue(indexOf(original, "Exif\0".getBytes(StandardCharsets.ISO_8859_1)) > 0);
        assertTrue(indexOf(original, TestPhotos.LATITUDE) > 0);
    }

    @Test
    void aBigPhotoBecomesSmallerCopiesWithoutItsMetadataAndTheOriginalIsNotPublished() throws IOException {
        assertNotNull(photo);
        List<String[]> candidates = candidates(photo);
        assertEquals(List.of("480w", "720w", "1080w", "1440w"), candidates.stream().map(c -> c[1]).toList());
        for (String[] candidate : candidates) {
            Path file = site.output().resolve("articles").resolve(candidate[0]).normalize();
            BufferedImage image = ImageIO.read(file.toFile());
            assertEquals(Integer.parseInt(candidate[1].replace("w", "")), image.getWidth(), candidate[0]);
            assertTrue(image.getWidth() <= 1440);
            assertEquals(Math.round(image.getWidth() * 0.75), image.getHeight(), 1, "the shape is kept");
            byte[] bytes = Files.readAllBytes(file);
            assertEquals(-1, indexOf(bytes, "Exif\0".getBytes(StandardCharsets.ISO_8859_1)), file + " has EXIF");
            assertEquals(-1, indexOf(bytes, TestPhotos.LATITUDE), file + " still says where it was taken");
            assertTrue(file.getFileName().toString().matches("hills-\\d+\\.[0-9a-f]{10}\\.jpg"), file.toString());
        }
        assertFalse(site.exists("articles/img/hills.jpg"), "the original is not published");
        assertFalse(site.exists("articles/img/picture.png"), "the original is not published");
        assertTrue(photo.attr("src").endsWith(candidates.get(2)[0]), "src is the 1080 copy, for readers without srcset");
        assertEquals("1080", photo.attr("width"));
        assertEquals("810", photo.attr("height"));
        assertEquals("lazy", photo.attr("loading"));
        assertTrue(site.text("_headers").contains("/pictures/*\n  Cache-Control: public, max-age=31536000, immutable\n"));
    }

    /**
     * The browser's choice, as HTML defines it: the slot is the first {@code sizes} entry whose media
     * condition holds (on a 375 px phone, {@code calc(100vw - 2rem)} = 343 px), and at 2 device pixels per
     * CSS pixel it takes the smallest copy at least 686 px wide. ({@code quality/PhotoDownloadTest} asks
     * Chromium itself.)
     */
    @Test
    void thePictureA375PixelPhoneLoadsIsUnder100KB() throws IOException {
        assertEquals("(min-width: 44rem) 42rem, calc(100vw - 2rem)", photo.attr("sizes"));
        double needed = (375 - 2 * 16) * 2.0;
        String[] chosen = candidates(photo).stream()
                .filter(c -> Integer.parseInt(c[1].replace("w", "")) >= needed).findFirst().orElseThrow();
        long bytes = Files.size(site.output().resolve("articles").resolve(chosen[0]).normalize());
        assertTrue(bytes < 100 * 1024, chosen[0] + " is " + bytes + " bytes");
        assertEquals("720w", chosen[1]);
    }

    @Test
    void aPhotoTheCameraHeldSidewaysIsPublishedUpright() throws IOException {
        Element turned = site.page("articles/markdown-features.html").selectFirst("img[alt^=A picture the camera]");
        assertEquals("200", turned.attr("width"));
        assertEquals("400", turned.attr("height"));
        BufferedImage published = ImageIO.read(site.output().resolve("articles").resolve(turned.attr("src")).normalize()
                .toFile());
        assertEquals(200, published.getWidth());
        assertEquals(400, published.getHeight());
    }

    @Test
    void resizedCopiesAreKeptBetweenBuildsAndNotMadeAgain() throws IOException {
        Path cache = new org.whichtherapist.ledger.TargetFolders(project).pictures();
        Path kept = cache.resolve("pictures").resolve(Path.of(candidates(photo).get(3)[0]).getFileName());
        assertTrue(Files.isRegularFile(kept), kept + " is not kept");
        FileTime made = Files.getLastModifiedTime(kept);
        BuiltSite again = TestSites.build(project, BuildMode.PUBLISH, TestSites.FIXTURE_TODAY, project.resolve("again"));
        assertEquals(made, Files.getLastModifiedTime(kept), "the copy was made again");
        assertTrue(again.exists("pictures/" + kept.getFileName()));
    }

    @Test
    void aPhotoThatWouldMakeThePageHeavyIsWarnedAbout() throws IOException {
        Path noisy = TestSites.newFixtureProject();
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(17);
        for (int y = 0; y < 600; y++) {
            for (int x = 0; x < 800; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        Files.write(noisy.resolve("content/articles/img/noise.jpg"), TestPhotos.jpegWithExif(image, 1));
        List<Problem> warnings = TestSites.build(noisy, BuildMode.PUBLISH).report().warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).format().startsWith("content/articles/img/noise.jpg: even at 720 pixels wide, the size"
                + " phones load, this picture is "), warnings.get(0).format());
    }

    @Test
    void aFileThatIsNoPictureStopsTheBuild() throws IOException {
        Path broken = TestSites.newFixtureProject();
        Files.writeString(broken.resolve("content/articles/img/notes.jpg"), "not a picture");
        assertEquals(List.of("content/articles/img/notes.jpg: this picture cannot be read as a JPEG or PNG — open it"
                + " in a photo editor and save it again as JPEG or PNG"),
                TestSites.failingBuild(broken).stream().map(Problem::format).toList());
    }

    /** Each srcset entry as [address, width descriptor]. */
    private static List<String[]> candidates(Element img) {
        List<String[]> list = new ArrayList<>();
        for (String candidate : img.attr("srcset").split(",")) {
            list.add(candidate.strip().split("\\s+"));
        }
        return list;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
