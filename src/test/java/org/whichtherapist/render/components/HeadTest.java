package org.whichtherapist.render.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HeadTest {

    @Test
    void searchAndSharingTagsNameThePageAndItsFullAddress() {
        Document html = Components.html("head",
                "<@c.seo title=\"Knee \\\"pain\\\"\" description=\"About knees & more.\" path=\"articles/knee.html\" ogType=\"article\"/>");
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
    void theThemeIsAppliedBeforeThePageIsDrawn() {
        Element script = Components.html("head", "<@c.theme_bootstrap/>").selectFirst("script");
        assertTrue(script.data().contains("localStorage.getItem(\"theme\")") && script.data().contains("data-theme"),
                script.data());
        assertEquals("", script.attr("src"), "inline: it must run before the stylesheet applies");
    }
}
