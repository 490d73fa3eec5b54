package org.whichtherapist.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.whichtherapist.source.FrontMatterParser;
import org.whichtherapist.source.SourceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whichtherapist.core.Problem;
import org.whichtherapist.core.Problems;

/** The owner's words for the search, content/_data/search.yml: read as the search cuts words, each mistake at its line. */
class SearchWordsTest {
    private static final String PATH = "content/_data/search.yml";

    @TempDir
    Path folder;

    private SearchWords read(String yaml, Problems problems) throws IOException {
        Path file = folder.resolve("search.yml");
        Files.writeString(file, yaml);
        return SearchWords.read(file, PATH, problems);
    }

    @Test
    void wordsAreCutAsTheSearchCutsThem() throws IOException {
        Problems problems = new Problems();
        SearchWords words = read("same_as:\n  Physical  Therapist: Physiotherapist\n  orthopédic: orthopaedic\n"
                + "signposts:\n  - page: pages/find.md\n    when: [Near me, FIND]\n", problems);
        assertEquals(List.of(), problems.errors());
        assertEquals(List.of(new SearchWords.Synonym(List.of("physical", "therapist"), List.of("physiotherapist")),
                new SearchWords.Synonym(List.of("orthopedic"), List.of("orthopaedic"))), words.synonyms());
        assertEquals(List.of(new SearchWords.Signpost("pages/find.md", List.of(List.of("near", "me"), List.of("find")), 5)),
                words.signposts());
    }

    @Test
    void noFileIsNoWords() throws IOException {
        SearchWords words = SearchWords.read(folder.resolve("none.yml"), PATH, new Problems());
        assertEquals(List.of(), words.synonyms());
        assertEquals(List.of(), words.signposts());
    }

    @Test
    void eachMistakeIsNamedAtItsLineAndTheRestIsKept() throws IOException {
        Problems problems = new Problems();
        SearchWords words = read("same_as:\n"
                + "  physio: physiotherapist\n"
                + "  \"!!\": massage\n"
                + "  massage: massage\n"
                + "  Physio: physio therapist\n"
                + "  one two three four five: five\n"
                + "signposts:\n"
                + "  - page: pages/find.md\n"
                + "  - when: [near]\n"
                + "sameas: {}\n", problems);
        assertEquals(List.of(
                PATH + ":3: '!!: massage' needs words on both sides — write what readers type, a colon, then the site's"
                        + " word, e.g. 'physio: physiotherapist'",
                PATH + ":4: 'massage' is the same as its own words — delete this line",
                PATH + ":5: 'Physio' is the same words as 'physio', written above — keep one of the two lines",
                PATH + ":6: 'one two three four five' has more than 4 words — the search matches runs of up to 4 words:"
                        + " shorten it",
                PATH + ":8: this signpost needs a 'page' and a list of words, 'when' — write '  - page:"
                        + " pages/find-a-therapist.md' and, below it, '    when: [near me, find]'",
                PATH + ":9: this signpost needs a 'page' and a list of words, 'when' — write '  - page:"
                        + " pages/find-a-therapist.md' and, below it, '    when: [near me, find]'"),
                problems.errors().stream().map(Problem::format).toList());
        assertEquals(List.of(PATH + ":10: 'sameas' is not a part of this file, so it is ignored — did you mean 'same_as'?"),
                problems.warnings().stream().map(Problem::format).toList());
        assertEquals(List.of(new SearchWords.Synonym(List.of("physio"), List.of("physiotherapist"))), words.synonyms());
    }

    @Test
    void aSignpostMustNameAPublishedPage() throws Exception {
        Problems problems = new Problems();
        SearchWords words = read("signposts:\n  - page: pages/find.md\n    when: [near]\n", problems);
        SourceDocument about = new SourceDocument("content/pages/about.md", "pages/about.md",
                new FrontMatterParser().parse("content/pages/about.md", "---\ntitle: About\n---\n\nText.\n"));
        assertEquals(List.of(PATH + ":2: the signpost's page 'content/pages/find.md' is not a published page — write the"
                        + " page's file below content/, e.g. 'page: pages/find-a-therapist.md', and publish it"),
                words.checkPages(List.of(about)).errors().stream().map(Problem::format).toList());
        assertEquals(List.of(), read("signposts:\n  - page: pages/about.md\n    when: [near]\n", problems)
                .checkPages(List.of(about)).errors());
    }
}
