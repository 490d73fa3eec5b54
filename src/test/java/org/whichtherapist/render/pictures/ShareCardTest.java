package org.whichtherapist.render.pictures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.whichtherapist.TestSites;

/** Share cards as drawn: the right size, every word inside the card, any alphabet, the same bytes every time, drawn once. */
class ShareCardTest {
    private static CardStyle style;

    @BeforeAll
    static void readTheSiteStyle() throws IOException {
        Path assets = TestSites.PROJECT.resolve("assets");
        style = CardStyle.read(assets, Files.readString(assets.resolve("css/site.css")));
    }

    @Test
    void aCardIs1200By630InTheSiteColours() throws IOException {
        BufferedImage card = draw(new ShareCard("Qualification levels explained", "Article", "Which Therapist?"));
        assertEquals(1200, card.getWidth());
        assertEquals(630, card.getHeight());
        assertEquals(0x005a70, card.getRGB(5, 5) & 0xffffff, "the header colour of site.css, --header-bg");
        assertTrue(countNot(card, 0x005a70, 80, 180, 1120, 500) > 5_000, "the title is drawn");
    }

    @Test
    void aLongTitleWrapsAndNeverCrossesTheMarginsOrTheSiteName() throws IOException {
        String longTitle = "What a five-day sports massage course means, and what to ask a therapist about their"
                + " training, their insurance, their professional body and the kinds of problems they treat every day";
        BufferedImage card = draw(new ShareCard(longTitle, "Article", "Which Therapist?"));
        assertTrue(countNot(card, 0x005a70, 80, 180, 1120, 500) > 10_000, "the title is drawn");
        assertEquals(0, countNot(card, 0x005a70, 1124, 0, 1200, 630), "nothing in the right margin");
        assertEquals(0, countNot(card, 0x005a70, 0, 0, 76, 630), "nothing in the left margin");
        assertEquals(0, countNot(card, 0x005a70, 80, 502, 1120, 518), "nothing between the title and the site name");
        BufferedImage oneWord = draw(new ShareCard("Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(3), "Article",
                "Which Therapist?"));
        assertEquals(0, countNot(oneWord, 0x005a70, 1124, 0, 1200, 630), "a word longer than a line is broken");
    }

    @Test
    void greekPolishAndCyrillicLettersAreInTheBundledFont() throws IOException {
        for (String title : List.of("Φυσικοθεραπεία: τι είναι και πότε βοηθά", "Fizjoterapeuta czy masażysta? Źródła, łąka, żółć",
                "Физиотерапевт или массажист")) {
            assertEquals(-1, style.bold().canDisplayUpTo(title), title);
            BufferedImage card = draw(new ShareCard(title, "Article", "Which Therapist?"));
            assertTrue(countNot(card, 0x005a70, 80, 180, 1120, 500) > 3_000, title);
        }
    }

    @Test
    void theSameCardGivesTheSameBytesAndADifferentTitleADifferentCard() throws IOException {
        ShareCard card = new ShareCard("Your first appointment", "Article", "Which Therapist?");
        assertArrayEquals(card.png(style), card.png(style));
        assertFalse(java.util.Arrays.equals(card.png(style),
                new ShareCard("Your second appointment", "Article", "Which Therapist?").png(style)));
        byte[] png = card.png(style);
        assertFalse(new String(png, java.nio.charset.StandardCharsets.ISO_8859_1).contains("tIME"), "no time in the PNG");
    }

    @Test
    void aCardIsDrawnOnceAndThenTakenFromTheCache() throws IOException {
        Path cache = TestSites.scratch("card-cache");
        List<org.whichtherapist.content.Page> site = List.of();
        ShareCards first = new ShareCards(style, "Which Therapist?", "https://www.example.com/", site, cache);
        ShareCards.Card card = first.card("about.html", "About this site", "Who writes it.");
        assertTrue(card.url().startsWith("https://www.example.com/pictures/cards/"), card.url());
        assertEquals(1, first.write(TestSites.scratch("site-a"), new PictureCache(cache)));
        ShareCards again = new ShareCards(style, "Which Therapist?", "https://www.example.com/", site, cache);
        assertEquals(card, again.card("about.html", "About this site", "Who writes it."));
        Path site2 = TestSites.scratch("site-b");
        assertEquals(0, again.write(site2, new PictureCache(cache)), "the unchanged card is not drawn again");
        assertTrue(Files.isRegularFile(site2.resolve(card.url().substring("https://www.example.com/".length()))));
    }

    private static BufferedImage draw(ShareCard card) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(card.png(style)));
    }

    /** How many pixels in the rectangle are not the background colour. */
    private static int countNot(BufferedImage image, int rgb, int x0, int y0, int x1, int y1) {
        int count = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if ((image.getRGB(x, y) & 0xffffff) != rgb) {
                    count++;
                }
            }
        }
        return count;
    }
}
