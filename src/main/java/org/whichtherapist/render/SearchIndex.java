package org.whichtherapist.render;

import static org.whichtherapist.render.JsonWriter.escaped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.whichtherapist.content.Page;
import org.whichtherapist.content.PageText;
import org.whichtherapist.content.SearchSynonyms;
import org.whichtherapist.content.SearchTerms;
import org.whichtherapist.content.SiteContent;
import org.whichtherapist.ledger.Fingerprint;
import org.whichtherapist.ledger.KeptResults;
import org.whichtherapist.core.SiteFiles;

/**
 * The files the search page reads, in {@code search/}, split so that a query downloads little at any size:
 * {@code index.json} (page count, first word of each slice, synonyms, spelling lengths); {@code w/N.json}, slice N
 * of the word list, {@code {"knee":[18,33,...]}}, each number (page − previous page) × 16 plus where the word is
 * (8 title, 4 heading, 2 summary or topic, 1 text); {@code p/N.json}, page N in title order, for a result shown;
 * {@code s/N.json}, the {@link SpellingLists}. Words are cut by {@link SearchTerms} and {@link SearchSynonyms}.
 * Between builds an unchanged page (the same object) is not cut into words again, nor one whose words a build in
 * an earlier process kept ({@link KeptResults}, by its text and the synonyms); and no file is written again that
 * this object already wrote with the same bytes.
 */
public final class SearchIndex {
    static final String FOLDER = "search";
    /** The word slices, the page files and the spelling lists. */
    private static final List<String> SUB_FOLDERS = List.of("w", "p", SpellingLists.FOLDER);
    static final int TEXT = 1;
    static final int SUMMARY_OR_TOPIC = 2;
    static final int HEADING = 4;
    static final int TITLE = 8;
    /** A slice of the word list ends at the first word that takes it past this many bytes. */
    static final int SLICE_BYTES = 16 * 1024;

    /**
     * What one build wrote, to weigh what a query downloads: the first file, the largest slice and page file, and
     * the most the spelling lists of one miss weigh gzipped.
     */
    public record Written(int pages, byte[] entry, byte[] largestSlice, byte[] largestPage, long largestMiss) {
    }

    /** Each word's number, for compact per-page lists; words are never forgotten (the vocabulary stays small). */
    private final Map<String, Integer> termNumbers = new ConcurrentHashMap<>();
    private final AtomicInteger nextNumber = new AtomicInteger();
    /** What the last build knew of each page (by address), kept while the page is the same object. */
    private Map<String, Known> known = Map.of();
    /** What the last build wrote, as a fingerprint by file, and where. */
    private final Map<Path, Fingerprint> written = new ConcurrentHashMap<>();
    private Path lastFolder;
    /** Where this build writes its search files, and where its target's last site holds them. */
    private Path currentRoot;
    private Optional<Path> lastRoot = Optional.empty();
    /** The synonyms the pages' words in {@link #known} were cut with. */
    private List<List<String>> lastSynonyms = List.of();
    /** The last build's pages' words in order, and each word's pages as written in a slice, made from them. */
    private List<PageTerms> lastTerms = List.of();
    private String[] lastPostings = new String[0];
    /** Every word number, in the words' order; remade when words are added. */
    private int[] wordOrder = new int[0];
    private final SpellingLists spellingLists = new SpellingLists();

    /** A page as the last build saw it: its words, its number and the fingerprint of its page file. */
    private record Known(Page page, PageTerms terms, int number, Fingerprint file) {
    }

    /** The word list cut into slices, with the first word of each. */
    private record Slices(List<String> firstWords, List<byte[]> files) {
    }

    /** A page's words: their numbers in increasing order, and where on the page each is. */
    private record PageTerms(int[] terms, byte[] fields) {
    }

    /** A page's words as a later process reads them back ({@link KeptResults}): numbers are this process's own. */
    private record KeptTerms(String[] words, byte[] fields) implements java.io.Serializable {
    }

    /** Where a page's words are kept for builds in later processes ({@link KeptResults#NONE}: nowhere). */
    private final KeptResults kept;

    public SearchIndex(KeptResults kept) {
        this.kept = kept;
    }

    /**
     * Writes the search files for {@code site} into the target's folder (the site's root); a file with the bytes the
     * target's last site holds at its place becomes a second name for that one, as the bake's outputs do.
     */
    public synchronized Written write(SiteContent site, BakeTarget target) throws IOException {
        Path folder = target.folder();
        List<Page> pages = inTitleOrder(site.all());
        SearchSynonyms synonyms = site.searchSynonyms();
        if (!synonyms.pairs().equals(lastSynonyms)) {
            known = Map.of(); // every page is cut into words again
            lastSynonyms = synonyms.pairs();
        }
        Map<String, Known> last = known;
        String synonymsKey = synonyms.pairs().toString();
        List<PageTerms> terms = pages.parallelStream().map(page -> {
            Known before = last.get(page.uri());
            return before != null && before.page() == page ? before.terms() : termsOf(page, synonyms, synonymsKey);
        }).toList();
        String[] words = new String[nextNumber.get()];
        termNumbers.forEach((word, number) -> words[number] = word);

        Path root = folder.resolve(FOLDER);
        if (!folder.equals(lastFolder) || !Files.isRegularFile(root.resolve("index.json"))) {
            written.clear(); // another folder, or this one emptied since: what is there is unknown
            lastFolder = folder;
        }
        currentRoot = root;
        lastRoot = target.lastSite().map(lastSite -> lastSite.resolve(FOLDER));
        for (String sub : SUB_FOLDERS) {
            Files.createDirectories(root.resolve(sub));
        }
        Set<Path> keep = ConcurrentHashMap.newKeySet();
        Slices slices = slices(postings(terms, words.length), words);
        byte[] largestSlice = new byte[0];
        for (int i = 0; i < slices.files().size(); i++) {
            byte[] slice = slices.files().get(i);
            write(root.resolve("w/" + i + ".json"), slice, keep);
            largestSlice = slice.length > largestSlice.length ? slice : largestSlice;
        }
        byte[] largestPage;
        try {
            largestPage = writePages(pages, terms, root, keep);
        } catch (UncheckedIOException e) {
            throw e.getCause(); // a file could not be written: told as such, not as a fault
        }
        SpellingLists.Lists spelling = spellingLists.of(words, pagesWith(terms, words.length));
        spelling.files().forEach((length, file) -> write(root.resolve(SpellingLists.FOLDER + "/" + length + ".json"),
                file, keep));
        byte[] entry = entry(pages.size(), slices.firstWords(), synonyms, spelling.files().keySet())
                .getBytes(StandardCharsets.UTF_8);
        write(root.resolve("index.json"), entry, keep);
        removeOthers(root, keep);
        return new Written(pages.size(), entry, largestSlice, largestPage, spelling.largestMiss());
    }

    /** Writes {@code p/N.json} for each page not written last time as the same object under the same number; returns the largest. */
    private byte[] writePages(List<Page> pages, List<PageTerms> terms, Path root, Set<Path> keep) {
        Map<String, Known> last = known;
        Known[] now = new Known[pages.size()];
        byte[][] fresh = new byte[pages.size()][];
        // Made and written on all cores: creating a thousand files is much of this stage.
        IntStream.range(0, pages.size()).parallel().forEach(i -> {
            Page page = pages.get(i);
            Known before = last.get(page.uri());
            Path file = root.resolve("p/" + i + ".json");
            if (before != null && before.page() == page && before.number() == i
                    && before.file().equals(written.get(file))) {
                keep.add(file);
                now[i] = before;
            } else {
                fresh[i] = pageFile(page);
                now[i] = new Known(page, terms.get(i), i, write(file, fresh[i], keep));
            }
        });
        known = Arrays.stream(now).collect(Collectors.toMap(k -> k.page().uri(), k -> k, (first, second) -> second));
        return IntStream.range(0, now.length).boxed().max(Comparator.comparingInt(i -> now[i].file().length()))
                .map(i -> fresh[i] != null ? fresh[i] : pageFile(pages.get(i))).orElse(new byte[0]);
    }

    /** The page's words as an earlier process cut them, else cut now (and kept), numbered for this process. */
    private PageTerms termsOf(Page page, SearchSynonyms synonyms, String synonymsKey) {
        if (!kept.keeps()) {
            return numbered(wordsOf(page, synonyms));
        }
        String key = kept.key("search terms", synonymsKey, page.title(), page.summary(), String.join(",", page.list("tags")),
                page.text().text(), String.join("\n", page.text().headings()));
        return numbered(kept.get(key, KeptTerms.class).orElseGet(() -> {
            KeptTerms made = wordsOf(page, synonyms);
            kept.put(key, made);
            return made;
        }));
    }

    /** The page's words, cut as the search page cuts a query, each with where on the page it is. */
    private static KeptTerms wordsOf(Page page, SearchSynonyms synonyms) {
        PageText text = page.text();
        Map<String, Integer> fields = new HashMap<>();
        synonyms.each(text.text(), word -> fields.merge(word, TEXT, (a, b) -> a | b));
        synonyms.each(page.title(), word -> fields.merge(word, TITLE, (a, b) -> a | b));
        text.headings().forEach(h -> synonyms.each(h, word -> fields.merge(word, HEADING, (a, b) -> a | b)));
        synonyms.each(page.summary() + " " + String.join(" ", page.list("tags")),
                word -> fields.merge(word, SUMMARY_OR_TOPIC, (a, b) -> a | b));
        String[] words = fields.keySet().toArray(String[]::new);
        byte[] where = new byte[words.length];
        for (int i = 0; i < words.length; i++) {
            where[i] = fields.get(words[i]).byteValue();
        }
        return new KeptTerms(words, where);
    }

    /** The words with this process's numbers, in increasing order as {@link PageTerms} holds them. */
    private PageTerms numbered(KeptTerms terms) {
        long[] pairs = new long[terms.words().length];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = ((long) number(terms.words()[i]) << 32) | i;
        }
        Arrays.sort(pairs);
        int[] numbers = new int[pairs.length];
        byte[] fields = new byte[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            numbers[i] = (int) (pairs[i] >>> 32);
            fields[i] = terms.fields()[(int) pairs[i]];
        }
        return new PageTerms(numbers, fields);
    }

    private int number(String word) {
        Integer known = termNumbers.get(word);
        return known != null ? known : termNumbers.computeIfAbsent(word, w -> nextNumber.getAndIncrement());
    }

    /** For each word number, how many pages it is on. */
    private static int[] pagesWith(List<PageTerms> pages, int words) {
        int[] count = new int[words];
        pages.forEach(page -> IntStream.of(page.terms()).forEach(word -> count[word]++));
        return count;
    }

    /** The pages in title order (case aside), then by address; each title is asked for once. */
    private static List<Page> inTitleOrder(List<Page> pages) {
        record Titled(String title, Page page) {
        }
        return pages.stream().map(page -> new Titled(page.title(), page))
                .sorted(Comparator.comparing(Titled::title, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(titled -> titled.page().uri()))
                .map(Titled::page).toList();
    }

    /**
     * For each word number, its pages as the numbers written in a slice; null for words on no page. Only the words
     * that a page gained, lost or holds in another place since the last build are listed again: the others' lists
     * are the same.
     */
    private String[] postings(List<PageTerms> pages, int words) {
        boolean[] redo = changedWords(pages, words);
        StringBuilder[] lists = new StringBuilder[words];
        int[] lastPage = new int[words];
        Arrays.fill(lastPage, -1);
        for (int page = 0; page < pages.size(); page++) {
            PageTerms terms = pages.get(page);
            for (int i = 0; i < terms.terms().length; i++) {
                int word = terms.terms()[i];
                if (redo != null && !redo[word]) {
                    continue;
                }
                StringBuilder list = lists[word];
                if (list == null) {
                    list = lists[word] = new StringBuilder();
                } else {
                    list.append(',');
                }
                list.append((page - lastPage[word]) * 16 + terms.fields()[i]);
                lastPage[word] = page;
            }
        }
        String[] postings = redo == null ? new String[words] : Arrays.copyOf(lastPostings, words);
        for (int word = 0; word < words; word++) {
            if (redo == null || redo[word]) {
                postings[word] = lists[word] == null ? null : lists[word].toString();
            }
        }
        lastTerms = pages;
        lastPostings = postings;
        return postings;
    }

    /**
     * The words that the page at each place gained, lost or holds in another place (title, heading...) since the last
     * build; null when the number of pages changed, so that every word is listed again.
     */
    private boolean[] changedWords(List<PageTerms> pages, int words) {
        if (pages.size() != lastTerms.size()) {
            return null;
        }
        boolean[] changed = new boolean[words];
        for (int i = 0; i < pages.size(); i++) {
            PageTerms now = pages.get(i);
            PageTerms before = lastTerms.get(i);
            int a = 0;
            int b = 0;
            while (now != before && (a < now.terms().length || b < before.terms().length)) { // both in word order
                int added = a < now.terms().length ? now.terms()[a] : Integer.MAX_VALUE;
                int gone = b < before.terms().length ? before.terms()[b] : Integer.MAX_VALUE;
                if (added == gone) {
                    changed[added] |= now.fields()[a++] != before.fields()[b++];
                } else if (added < gone) {
                    changed[added] = true;
                    a++;
                } else {
                    changed[gone] = true;
                    b++;
                }
            }
        }
        return changed;
    }

    /** The word list in order, cut into slices of about {@link #SLICE_BYTES}. */
    private Slices slices(String[] postings, String[] words) {
        if (wordOrder.length != words.length) {
            wordOrder = IntStream.range(0, words.length).boxed().sorted(Comparator.comparing(i -> words[i]))
                    .mapToInt(Integer::intValue).toArray();
        }
        List<byte[]> slices = new ArrayList<>();
        List<String> firstWords = new ArrayList<>();
        StringBuilder slice = new StringBuilder();
        for (int number : wordOrder) {
            if (postings[number] == null) {
                continue;
            }
            if (slice.length() == 0) {
                firstWords.add(words[number]);
                slice.append('{');
            } else {
                slice.append(',');
            }
            slice.append('"').append(words[number]).append("\":[").append(postings[number]).append(']');
            if (slice.length() >= SLICE_BYTES) {
                slices.add(slice.append('}').toString().getBytes(StandardCharsets.UTF_8));
                slice.setLength(0);
            }
        }
        if (slice.length() > 0) {
            slices.add(slice.append('}').toString().getBytes(StandardCharsets.UTF_8));
        }
        return new Slices(firstWords, slices);
    }

    private static String entry(int pages, List<String> first, SearchSynonyms synonyms, Set<Integer> spelling) {
        return "{\"pages\":" + pages + ",\"shards\":[" + first.stream().map(word -> '"' + escaped(word) + '"')
                .collect(Collectors.joining(",")) + "],\"synonyms\":[" + synonyms.pairs().stream()
                .map(pair -> "[\"" + escaped(pair.get(0)) + "\",\"" + escaped(pair.get(1)) + "\"]")
                .collect(Collectors.joining(",")) + "],\"spelling\":["
                + String.join(",", spelling.stream().map(String::valueOf).toList()) + "]}";
    }

    private static byte[] pageFile(Page page) {
        return ("{\"url\":\"" + escaped(page.uri()) + "\",\"title\":\"" + escaped(page.title())
                + "\",\"type\":\"" + escaped(page.type()) + "\",\"summary\":\"" + escaped(page.summary())
                + "\",\"text\":\"" + page.text().jsonText() + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes the file unless it holds these bytes already (as this object last wrote it, or as the last site left
     * it), or makes it a second name for the last site's file with these bytes; returns the bytes' fingerprint.
     */
    private Fingerprint write(Path file, byte[] bytes, Set<Path> keep) {
        keep.add(file);
        Fingerprint fingerprint = Fingerprint.of(bytes);
        Fingerprint last = written.get(file);
        try {
            boolean same = last != null ? last.equals(fingerprint) && Files.isRegularFile(file) && Files.size(file) == bytes.length
                    : SiteFiles.holds(file, bytes);
            if (!same) {
                SiteFiles.writeOrLink(file, bytes, lastRoot.map(lastFiles -> lastFiles.resolve(currentRoot.relativize(file).toString())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written.put(file, fingerprint);
        return fingerprint;
    }

    /** Files of an earlier, larger index (the preview writes into the same folder each time). */
    private void removeOthers(Path root, Set<Path> keep) throws IOException {
        for (String sub : SUB_FOLDERS) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(root.resolve(sub))) {
                for (Path file : files) {
                    if (!keep.contains(file)) {
                        Files.delete(file);
                        written.remove(file);
                    }
                }
            }
        }
    }
}
