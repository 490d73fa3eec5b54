package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.whichtherapist.core.BuildMode;
import org.whichtherapist.core.Problem;

/**
 * The owner's words for the search (content/_data/search.yml) in a built site: the index holds a page
 * under the site's words for a word it says, the first file gives the script the same synonyms and the
 * lengths of the spelling lists, and the search page carries each signpost; a signpost to no page stops
 * the build with the line.
 */
class SearchWordsBuildTest {
    private static final String FILE = "content/_data/search.yml";

    private static Path projectWith(String searchYml) throws IOException {
        Path project = TestSites.newFixtureProject();
        Files.writeString(project.resolve(FILE), searchYml);
        return project;
    }

    @Test
    void theIndexAndTheSearchPageFollowTheOwnersWords() throws IOException {
        BuiltSite site = TestSites.build(projectWith("same_as:\n  definition: glossary entry\n"
                + "signposts:\n  - page: pages/about.md\n    when: [near me, Find]\n"), BuildMode.PUBLISH);
        SearchFiles search = new SearchFiles(site);
        String page = "articles/markdown-features.html";
        assertEquals(1, search.where("definition").get(page), "a word of its text");
        assertEquals(1, search.where("glossary").get(page), "the site's words for it, in the same place");
        assertEquals(1, search.where("entry").get(page));
        assertEquals("[[\"definition\",\"glossary entry\"]]", search.entry().get("synonyms").toString());
        List<Integer> lengths = site.files().stream().filter(f -> f.matches("search/s/\\d+\\.json"))
                .map(f -> Integer.valueOf(f.replaceAll("\\D", ""))).sorted().toList();
        assertTrue(lengths.size() > 5, lengths.toString());
        List<Integer> listed = new java.util.ArrayList<>();
        search.entry().get("spelling").forEach(n -> listed.add(n.asInt()));
        assertEquals(lengths, listed, "the first file lists the spelling lists there are");
        Element signpost = site.page("search.html").selectFirst("p.search-signpost");
        assertEquals("near me|find", signpost.attr("data-when"));
        assertTrue(signpost.hasAttr("hidden"), "shown by the script when a query holds its words");
        assertEquals("about.html", signpost.selectFirst("a").attr("href"));
    }

    @Test
    void aSignpostToAPageThatIsNotPublishedStopsTheBuild() throws IOException {
        List<String> problems = TestSites.failingBuild(projectWith("signposts:\n  - page: pages/gone.md\n    when: [near]\n"))
                .stream().map(Problem::format).toList();
        assertEquals(List.of(FILE + ":2: the signpost's page 'content/pages/gone.md' is not a published page — write the"
                + " page's file below content/, e.g. 'page: pages/find-a-therapist.md', and publish it"), problems);
    }
}
