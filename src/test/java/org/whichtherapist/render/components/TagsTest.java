package org.whichtherapist.render.components;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TagsTest {

    @Test
    void eachTopicLinksToItsPageAndShowsSpaces() {
        Document html = Components.html("tags", "<@c.tag_list tags=tags/>", Map.of("tags", List.of("back-pain", "knee")));
        assertEquals(1, html.select("ul.tags[aria-label=Topics]").size());
        assertEquals(List.of("../tags/back-pain.html", "../tags/knee.html"), html.select("ul.tags a").eachAttr("href"));
        assertEquals(List.of("back pain", "knee"), html.select("ul.tags a").eachText());
    }

    @Test
    void noTopicsNoList() {
        assertEquals(0, Components.html("tags", "<@c.tag_list tags=[]/>").select("ul").size());
    }
}
