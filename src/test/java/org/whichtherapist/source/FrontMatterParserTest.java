package org.whichtherapist.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class FrontMatterParserTest {
    private final FrontMatterParser parser = new FrontMatterParser();

    @Test
    void readsYamlFieldsWithTheirLines() throws Exception {
        FrontMatter fm = parser.parse("a.md", "---\ntitle: \"Hello: world\"\ntags: [one, two]\nlevel: 5\nok: true\n---\nBody\n");
        assertEquals("Hello: world", fm.text("title").orElseThrow());
        assertEquals(List.of("one", "two"), fm.textList("tags"));
        assertEquals(5L, fm.get("level"));
        assertEquals(Boolean.TRUE, fm.get("ok"));
        assertEquals(3, fm.lineOf("tags"));
        assertEquals("Body\n", fm.body());
        assertEquals(7, fm.bodyLine());
    }

    @Test
    void readsJbakeHeaders() throws Exception {
        FrontMatter fm = parser.parse("a.md", "title=Old style\ntags=a, b\n~~~~~~\n\nBody\n");
        assertEquals("Old style", fm.text("title").orElseThrow());
        assertEquals(List.of("a", "b"), fm.textList("tags"));
        assertEquals(2, fm.lineOf("tags"));
        assertEquals(4, fm.bodyLine());
    }

    @Test
    void recordsLinesOfListItemsAndNestedFields() throws Exception {
        FrontMatter fm = parser.parse("g.md", "---\nsituations:\n  - id: a\n    see: x\n  - id: b\n    see: y\n---\n");
        assertEquals(5, fm.lineOf("situations[1]"));
        assertEquals(6, fm.lineOf("situations[1].see"));
    }

    @Test
    void aDuplicateFieldIsAnError() {
        var e = assertThrows(FrontMatterParser.HeaderException.class,
                () -> parser.parse("d.md", "---\ntitle: A\ntitle: B\n---\n"));
        assertEquals("d.md:3: the field 'title' is written twice — keep one 'title:' line and delete the other",
                e.problem().format());
    }

    @Test
    void aHeaderThatIsNotAMappingIsAnError() {
        var e = assertThrows(FrontMatterParser.HeaderException.class,
                () -> parser.parse("l.md", "---\n- just\n- a list\n---\n"));
        assertEquals(2, e.problem().line());
    }

    @Test
    void invalidYamlPointsAtTheLine() {
        var e = assertThrows(FrontMatterParser.HeaderException.class,
                () -> parser.parse("y.md", "---\ntitle: ok\nsummary: \"unclosed\ndate: 2026-01-01\n---\n"));
        assertEquals("y.md", e.problem().file());
        assertEquals(true, e.problem().line() >= 3, "line " + e.problem().line());
    }
}
