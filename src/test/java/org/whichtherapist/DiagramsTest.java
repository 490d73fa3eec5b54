package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.whichtherapist.source.FrontMatterParser;
import org.whichtherapist.core.BuildMode;

/**
 * The qualification ladder and the "who does what" chart are drawn from front matter, as inline SVG
 * that screen readers get in words, on the pages that name them.
 */
class DiagramsTest {

    @Test
    void theLadderAndTheChartAreOnThePagesThatNameThem() throws IOException {
        BuiltSite real = TestSites.real();
        Map<String, List<String>> expected = Map.of(
                "compare.html", named(real, "content/pages/compare.md"),
                "articles/qualification-levels-explained.html", named(real, "content/articles/qualification-levels-explained.md"),
                "guide.html", named(real, "content/pages/guide.md"));
        assertTrue(expected.values().stream().flatMap(List::stream).distinct().count() == 2,
                "the real site shows both diagrams somewhere: " + expected);
        expected.forEach((path, ids) -> {
            Document page = real.page(path);
            assertEquals(ids, page.select("figure.diagram").eachAttr("id").stream()
                    .map(id -> id.replace("-figure", "")).toList(), path);
            for (Element figure : page.select("figure.diagram")) {
                accessible(path, figure);
            }
        });
        assertTrue(real.page("about.html").select("figure.diagram").isEmpty());
    }

    /** role="img" named by its own title; the same facts in a list screen readers read; colours left to the stylesheet. */
    private static void accessible(String path, Element figure) {
        Element svg = figure.selectFirst("svg");
        assertEquals("img", svg.attr("role"), path);
        Element title = svg.selectFirst("title");
        assertEquals(title.id(), svg.attr("aria-labelledby"), path);
        assertFalse(title.text().isBlank());
        assertNotNull(figure.selectFirst("figcaption"), path);
        Element words = svg.nextElementSibling();
        assertEquals("ul", words.tagName(), path);
        assertTrue(words.hasClass("visually-hidden"), path);
        assertTrue(words.children().size() >= 5, path);
        assertTrue(figure.select("script, [style], [fill^=#], [stroke^=#]").isEmpty(), path + ": colours belong in site.css");
    }

    @Test
    void theLadderPutsEachQualificationOnItsLevelAndEachDisciplineOnItsUsualRoute() throws IOException {
        BuiltSite real = TestSites.real();
        List<String> rows = real.page("compare.html").select("#qualification-ladder-figure ul li").eachText();
        int placed = 0;
        for (Path file : files(real.project().resolve("content/qualifications"))) {
            Map<String, Object> fm = frontMatter(file);
            String row = fm.get("level") instanceof Long level ? "Level " + level + " (" : "No set level (";
            assertTrue(rows.stream().anyMatch(r -> r.startsWith(row) && r.contains(fm.get("title") + "")),
                    fm.get("title") + " is not in the row " + row + ": " + rows);
            placed++;
        }
        assertTrue(placed >= 5);
        for (Path file : files(real.project().resolve("content/disciplines"))) {
            Map<String, Object> fm = frontMatter(file);
            String usual = String.valueOf(((List<?>) fm.get("qualifications")).get(0));
            String title = String.valueOf(frontMatter(real.project().resolve("content/qualifications/" + usual + ".md"))
                    .get("title"));
            String route = title + ", the usual route to become a " + String.valueOf(fm.get("title")).toLowerCase(Locale.UK);
            assertTrue(rows.stream().anyMatch(r -> r.contains(route)), route + " is not in " + rows);
        }
        for (int level = 3; level <= 7; level++) {
            int at = level;
            assertTrue(rows.stream().anyMatch(r -> r.startsWith("Level " + at + " (")), "no rung for level " + level);
        }
    }

    @Test
    void theChartShowsEachDisciplinesAreasAndHowHandsOnItIs() {
        List<String> rows = TestSites.real().page("guide.html").select("#who-does-what-figure ul li").eachText();
        assertEquals(5, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("Physiotherapist: a mix of hands-on and hands-off. Main areas: bones and"
                + " joints, muscles and other soft tissue, nerve problems, heart and circulation and breathing problems."),
                rows.get(0));
        assertTrue(rows.get(4).startsWith("Massage therapist: mostly hands-on. Main areas: muscles and other soft tissue"
                + " and stress and relaxation. Not a main area: bones and joints,"), rows.get(4));
    }

    @Test
    void changingFrontMatterChangesTheDiagrams() {
        Path project = TestSites.newFixtureProject();
        BuiltSite before = TestSites.build(project, BuildMode.PUBLISH); // read before the second build overwrites it
        String ladder = before.page("compare.html").selectFirst("#qualification-ladder-figure").outerHtml();
        String chart = before.page("compare.html").selectFirst("#who-does-what-figure").outerHtml();
        int stepsBefore = before.page("compare.html").select("#who-does-what-figure .diagram__step--on").size();
        assertTrue(ladder.contains("Level 6 (bachelor's degree): Alpha degree, the usual route to become an alpha"
                + " therapist."), ladder);

        TestSites.replaceIn(project.resolve("content/qualifications/alpha-degree.md"), "level: 6\n", "level: 5\n");
        TestSites.replaceIn(project.resolve("content/disciplines/alpha-therapist.md"),
                "areas: [musculoskeletal, neurology]\nsettings: [NHS hospitals, Private clinics]\nstyle: hands-off",
                "areas: [respiratory]\nsettings: [NHS hospitals, Private clinics]\nstyle: hands-on");
        BuiltSite after = TestSites.build(project, BuildMode.PUBLISH);
        Document compare = after.page("compare.html");
        assertNotEquals(ladder, compare.selectFirst("#qualification-ladder-figure").outerHtml());
        List<String> rungs = compare.select("#qualification-ladder-figure ul li").eachText();
        assertTrue(rungs.stream().anyMatch(r -> r.startsWith("Level 5 (") && r.contains("Alpha degree")), rungs.toString());
        assertTrue(rungs.stream().anyMatch(r -> r.startsWith("Level 6 (") && r.endsWith("none on this site.")),
                rungs.toString());
        assertNotEquals(chart, compare.selectFirst("#who-does-what-figure").outerHtml());
        String alpha = compare.select("#who-does-what-figure ul li").eachText().get(0);
        assertTrue(alpha.startsWith("Alpha therapist: mostly hands-on. Main areas: breathing problems."), alpha);
        assertEquals(stepsBefore + 2, compare.select("#who-does-what-figure .diagram__step--on").size(),
                "alpha went from one filled step (hands-off) to three (hands-on)");
    }

    /** The diagrams a page's front matter names, in its order. */
    private static List<String> named(BuiltSite real, String file) throws IOException {
        return ((List<?>) frontMatter(real.project().resolve(file)).get("diagrams")).stream().map(String::valueOf).toList();
    }

    private static Map<String, Object> frontMatter(Path file) throws IOException {
        try {
            return new FrontMatterParser().parse(file.toString(), Files.readString(file)).values();
        } catch (FrontMatterParser.HeaderException e) {
            throw new AssertionError(file + ": " + e.problem(), e);
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (var list = Files.list(folder)) {
            return list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }
}
