package org.whichtherapist.render.components;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.whichtherapist.content.Page;

class DiagramsComponentTest {
    /** What templates get as {@code pictures}: here each diagram is a marked paragraph. */
    public static final class MarkedDiagrams {
        public String diagram(String id) {
            return "<p class=\"drawn\">" + id + "</p>";
        }
    }

    @Test
    void theDiagramsAPageNamesAreDrawnInItsOrderAndNoOthers() {
        Page compare = Components.page("pages/compare.md", "title: Compare\ntype: compare\nstatus: published\n"
                + "date: 2026-03-04\nsummary: Side by side.\ndiagrams: [who-does-what, qualification-ladder]", "<p>Text.</p>");
        Page about = Components.page("pages/about.md", "title: About\ntype: page\nstatus: published\n"
                + "date: 2026-03-04\nsummary: Who we are.", "<p>Text.</p>");
        assertEquals(List.of("who-does-what", "qualification-ladder"), Components.html("diagrams",
                "<@c.diagrams page=p/>", Map.of("pictures", new MarkedDiagrams(), "p", compare)).select(".drawn").eachText());
        assertEquals(List.of(), Components.html("diagrams", "<@c.diagrams page=p/>",
                Map.of("pictures", new MarkedDiagrams(), "p", about)).select(".drawn").eachText());
    }
}
