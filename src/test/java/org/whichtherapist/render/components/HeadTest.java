package org.whichtherapist.render.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.whichtherapist.TestSites;
import org.whichtherapist.render.SiteAssets;
import org.whichtherapist.render.pictures.ShareCards;

class HeadTest {
    /** What templates get as {@code pictures}, here for one page: its share card. */
    public static final class OneCard {
        public ShareCards.Card card(String path, String title, String description) {
            return new ShareCards.Card(Components.SITE + "pictures/cards/" + path.replace('/', '-') + ".png", 1200, 630,
                    "Article: " + title + " – Which Therapist?", "image/png");
        }
    }

    private static Document seo() {
        return Components.html("head", "<@c.seo title=\"Knee \\\"pain\\\"\" description=\"About knees & more.\""
                + " path=\"articles/knee.html\" ogType=\"article\"/>", Map.of("pictures", new OneCard()));
    }

    @Test
    void searchAndSharingTagsNameThePageAndItsFullAddress() {
        Document html = seo();
        String url = Components.SITE + "articles/knee.html";
        assertEquals("About knees & more.", html.selectFirst("meta[name=description]").attr("content"));
        assertEquals(url, html.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(url, html.selectFirst("link[hreflang=en-GB]").attr("href"));
        assertEquals(url, html.selectFirst("meta[property=og:url]").attr("content"));
        assertEquals("article", html.selectFirst("meta[property=og:type]").attr("content"));
        assertEquals("Knee \"pain\"", html.selectFirst("meta[property=og:title]").attr("content"));
        assertEquals("en_GB", html.selectFirst("meta[property=og:locale]").attr("content"));
        assertEquals("Which Therapist?", html.selectFirst("meta[property=og:site_name]").attr("content"));
    }

    @Test
    void theShareCardIsGivenWithItsSizeAndWordsToEverySharingApp() {
        Document html = seo();
        String card = Components.SITE + "pictures/cards/articles-knee.html.png";
        assertEquals(card, html.selectFirst("meta[property=og:image]").attr("content"));
        assertEquals(card, html.selectFirst("meta[name=twitter:image]").attr("content"));
        assertEquals("1200", html.selectFirst("meta[property=og:image:width]").attr("content"));
        assertEquals("630", html.selectFirst("meta[property=og:image:height]").attr("content"));
        assertEquals("image/png", html.selectFirst("meta[property=og:image:type]").attr("content"));
        assertEquals("Article: Knee \"pain\" – Which Therapist?", html.selectFirst("meta[property=og:image:alt]").attr("content"));
        assertEquals(html.selectFirst("meta[property=og:image:alt]").attr("content"),
                html.selectFirst("meta[name=twitter:image:alt]").attr("content"));
        assertEquals("summary_large_image", html.selectFirst("meta[name=twitter:card]").attr("content"));
    }

    @Test
    void theThemeIsAppliedBeforeThePageIsDrawn() throws java.io.IOException {
        SiteAssets assets = SiteAssets.read(TestSites.PROJECT.resolve("assets"));
        Element script = Components.html("head", "<@c.head_script/>", Map.of("assets", assets))
                .selectFirst("script");
        assertTrue(script.data().contains("localStorage.getItem(\"theme\")") && script.data().contains("data-theme"),
                script.data());
        assertEquals("", script.attr("src"), "inline: it must run before the stylesheet applies");
    }
}
