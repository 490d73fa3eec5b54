package org.whichtherapist.render.components;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CardsTest {

    @Test
    void cardsLinkEachPageWithItsDateAndSummary() {
        Document html = Components.html("cards", "<@c.list pages=pages headingLevel=2 showDate=true/>",
                Map.of("pages", List.of(Components.article("knee", "Knee pain"), Components.article("neck", "Neck pain"))));
        List<Element> cards = html.select("ul.cards > li.card");
        assertEquals(2, cards.size());
        Element first = cards.get(0);
        assertEquals("../articles/knee.html", first.selectFirst("h2.card__title > a").attr("href"));
        assertEquals("Knee pain", first.selectFirst("h2.card__title").text());
        assertEquals("2026-03-04", first.selectFirst(".card__date time").attr("datetime"));
        assertEquals("4 March 2026", first.selectFirst(".card__date time").text());
        assertEquals("About knee pain.", first.selectFirst("p.card__summary").text());
    }

    @Test
    void cardsShowNoDateUnlessAsked() {
        Document html = Components.html("cards", "<@c.list pages=pages/>",
                Map.of("pages", List.of(Components.article("knee", "Knee pain"))));
        assertEquals(1, html.select("h3.card__title").size());
        assertEquals(0, html.select(".card__date").size());
    }

    @Test
    void aRelatedListIsATitledSectionAndNothingWhenEmpty() {
        Document html = Components.html("cards", "<@c.related title=\"Related articles\" pages=pages id=\"related\"/>",
                Map.of("pages", List.of(Components.article("knee", "Knee pain"))));
        Element section = html.selectFirst("section.related[aria-labelledby=related]");
        assertEquals("Related articles", section.selectFirst("h2#related").text());
        assertEquals(List.of("../articles/knee.html"), section.select("li a").eachAttr("href"));
        assertEquals(0, Components.html("cards", "<@c.related title=\"None\" pages=[] id=\"none\"/>").select("section").size());
    }
}
