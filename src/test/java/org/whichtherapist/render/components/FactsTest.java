package org.whichtherapist.render.components;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class FactsTest {

    @Test
    void aBoxOfTermsAndTheirFacts() {
        Document html = Components.html("facts", "<@c.box title=\"At a glance\">"
                + "<@c.fact term=\"Training\">A degree</@c.fact><@c.fact term=\"Regulated by law?\"><@c.yes_no value=true/></@c.fact>"
                + "</@c.box>");
        Element box = html.selectFirst("section.facts[aria-labelledby=facts-title]");
        assertEquals("At a glance", box.selectFirst("details.facts__toggle[data-open-wide] > summary > h2#facts-title").text());
        assertEquals(box.selectFirst("dl"), box.selectFirst("details.facts__toggle + dl.facts__list"),
                "the facts follow their title, which opens them on small screens");
        assertEquals(List.of("Training", "Regulated by law?"), box.select("dl > .facts__row > dt").eachText());
        assertEquals(List.of("A degree", "Yes."), box.select("dl > .facts__row > dd").eachText());
    }

    @Test
    void yesAndNoAreWordsNotColours() {
        assertEquals("Yes.", Components.html("facts", "<@c.yes_no value=true/>").selectFirst("strong").text());
        assertEquals("No.", Components.html("facts", "<@c.yes_no value=false/>").selectFirst("strong").text());
    }

    @Test
    void stylesInWordsAndUnknownStylesAsWritten() {
        assertEquals("Mostly hands-on", Components.html("facts", "<@c.style value=\"hands-on\"/>").text());
        assertEquals("A mix of hands-on and hands-off", Components.html("facts", "<@c.style value=\"mixed\"/>").text());
        assertEquals("gentle", Components.html("facts", "<@c.style value=\"gentle\"/>").text());
    }
}
