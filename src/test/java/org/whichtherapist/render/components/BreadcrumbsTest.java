package org.whichtherapist.render.components;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BreadcrumbsTest {

    @Test
    void homeThenTheTrailThenThisPageMarkedAsCurrent() {
        Document html = Components.html("breadcrumbs",
                "<@c.breadcrumbs title=\"Knee <b>pain</b>\" trail=[[\"Articles\", \"articles.html\"]]/>");
        Element nav = html.selectFirst("nav[aria-label=Breadcrumb]");
        List<Element> items = nav.select("ol > li");
        assertEquals(List.of("Home", "Articles", "Knee <b>pain</b>"), items.stream().map(Element::text).toList());
        assertEquals(List.of("../index.html", "../articles.html"), nav.select("a").eachAttr("href"));
        assertEquals("page", items.get(2).selectFirst("span").attr("aria-current"));
        assertEquals(1, nav.select("[aria-current]").size(), "only this page is current");
        assertEquals(0, nav.select("b").size(), "the title stays text");
    }

    @Test
    void withoutATrailHomeLeadsStraightToThisPage() {
        Document html = Components.html("breadcrumbs", "<@c.breadcrumbs title=\"About\"/>");
        assertEquals(List.of("Home", "About"), html.select("nav li").eachText());
    }
}
