package org.whichtherapist.content;

import org.whichtherapist.source.ClosestId;
import org.whichtherapist.source.DataFile;
import org.whichtherapist.source.FrontMatter;
import org.whichtherapist.source.SourceDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.whichtherapist.core.Problems;

/**
 * The owner's words for the search, {@code content/_data/search.yml}: {@code same_as} synonyms, applied
 * alike to pages and queries ({@link SearchSynonyms}), and {@code signposts}, pages the search points to
 * first for some words. Words are cut as the search cuts them ({@link SearchTerms}).
 */
public record SearchWords(String path, List<Synonym> synonyms, List<Signpost> signposts) {
    /** Where the file is, below the content folder. */
    public static final String FILE = "_data/search.yml";
    /** The longest run of words the search looks for as one. */
    static final int MOST_WORDS = 4;
    private static final List<String> PARTS = List.of("same_as", "signposts");

    /** What a reader may type ({@code typed}) and the site's words for it ({@code site}), each a run of words. */
    public record Synonym(List<String> typed, List<String> site) {
    }

    /** A page (its file below {@code content/}) the search points to when a query holds one of {@code when}. */
    public record Signpost(String page, List<List<String>> when, int line) {
    }

    /** Reads {@code content/_data/search.yml} ({@code path}: as the owner sees it); none when it does not exist. */
    public static SearchWords read(Path file, String path, Problems problems) throws IOException {
        FrontMatter data = DataFile.parse(file, path, problems).orElse(null);
        if (data == null) {
            return new SearchWords(path, List.of(), List.of());
        }
        Reader reader = new Reader(path, data, problems);
        data.values().keySet().stream().filter(part -> !PARTS.contains(part)).forEach(part -> problems.warn(path,
                data.lineOf(part), "'" + part + "' is not a part of this file, so it is ignored",
                ClosestId.hint(part, PARTS)));
        return new SearchWords(path, reader.synonyms(), reader.signposts());
    }

    /** Problems with the pages signposts name: each must be a page the site publishes ({@code published}). */
    public Problems checkPages(Collection<SourceDocument> published) {
        Problems problems = new Problems();
        for (Signpost signpost : signposts) {
            if (published.stream().noneMatch(doc -> doc.contentPath().equals(signpost.page()))) {
                problems.error(path, signpost.line(), "the signpost's page 'content/" + signpost.page()
                                + "' is not a published page",
                        "write the page's file below content/, e.g. 'page: pages/find-a-therapist.md', and publish it");
            }
        }
        return problems;
    }

    /** Reads the two parts, reporting each entry's problem at its line. */
    private record Reader(String path, FrontMatter data, Problems problems) {
        List<Synonym> synonyms() {
            Object part = data.get("same_as");
            if (part == null) {
                return List.of();
            }
            if (!(part instanceof Map<?, ?> entries)) {
                problems.error(path, data.lineOf("same_as"), "'same_as' is not a list of 'what readers type: the site's word'",
                        "write one pair per line below it, indented, e.g. '  physio: physiotherapist'");
                return List.of();
            }
            List<Synonym> synonyms = new ArrayList<>();
            Map<List<String>, String> seen = new HashMap<>();
            entries.forEach((key, value) -> {
                int line = data.lineOf("same_as." + key);
                List<String> typed = words(String.valueOf(key), line);
                List<String> site = value == null ? List.of() : words(String.valueOf(value), line);
                if (typed == null || site == null) {
                    return; // too many words: told
                }
                String before = typed.isEmpty() ? null : seen.putIfAbsent(typed, String.valueOf(key));
                if (typed.isEmpty() || site.isEmpty()) {
                    problems.error(path, line, "'" + key + ": " + (value == null ? "" : value) + "' needs words on both sides",
                            "write what readers type, a colon, then the site's word, e.g. 'physio: physiotherapist'");
                } else if (typed.equals(site)) {
                    problems.error(path, line, "'" + key + "' is the same as its own words", "delete this line");
                } else if (before != null) {
                    problems.error(path, line, "'" + key + "' is the same words as '" + before + "', written above",
                            "keep one of the two lines");
                } else {
                    synonyms.add(new Synonym(typed, site));
                }
            });
            return List.copyOf(synonyms);
        }

        List<Signpost> signposts() {
            Object part = data.get("signposts");
            if (part == null) {
                return List.of();
            }
            if (!(part instanceof List<?> list)) {
                problems.error(path, data.lineOf("signposts"), "'signposts' is not a list",
                        "write each signpost as '  - page: pages/find-a-therapist.md' with 'when: [near me, find]' below it");
                return List.of();
            }
            List<Signpost> signposts = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                int line = data.lineOf("signposts[" + i + "]");
                if (!(list.get(i) instanceof Map<?, ?> fields) || !(fields.get("page") instanceof String page)
                        || !(fields.get("when") instanceof List<?> when) || when.isEmpty()) {
                    problems.error(path, line, "this signpost needs a 'page' and a list of words, 'when'",
                            "write '  - page: pages/find-a-therapist.md' and, below it, '    when: [near me, find]'");
                    continue;
                }
                List<List<String>> phrases = new ArrayList<>();
                for (int w = 0; w < when.size(); w++) {
                    List<String> phrase = words(String.valueOf(when.get(w)), data.lineOf("signposts[" + i + "].when[" + w + "]"));
                    if (phrase != null && !phrase.isEmpty()) {
                        phrases.add(phrase);
                    }
                }
                signposts.add(new Signpost(page.strip(), List.copyOf(phrases), line));
            }
            return List.copyOf(signposts);
        }

        /** The words of {@code text} as the search cuts them; null, with a problem, for more than {@link #MOST_WORDS}. */
        private List<String> words(String text, int line) {
            List<String> words = new ArrayList<>();
            SearchTerms.each(text, words::add);
            if (words.size() > MOST_WORDS) {
                problems.error(path, line, "'" + text.strip() + "' has more than " + MOST_WORDS + " words",
                        "the search matches runs of up to " + MOST_WORDS + " words: shorten it");
                return null;
            }
            return List.copyOf(words);
        }
    }
}
