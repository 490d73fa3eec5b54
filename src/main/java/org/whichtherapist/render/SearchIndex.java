package org.whichtherapist.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32C;

import freemarker.template.utility.StringUtil;
import org.whichtherapist.content.Page;
import org.whichtherapist.content.PageText;
import org.whichtherapist.content.SiteContent;

/**
 * The files the search page reads, in {@code search/}, split so that what it downloads for a
 * query stays small however many pages the site has (as Pagefind splits its index):
 * <ul>
 *   <li>{@code search/index.json}, the first file: how many pages there are and the first word of
 *       each slice of the word list, {@code {"pages":1000,"shards":["ab","bac",...]}};</li>
 *   <li>{@code search/w/N.json}, slice N of the word list, words in order, each with the pages it
 *       is on, {@code {"knee":[18,33,...]}}: each number is (page number − the previous page number) × 16
 *       plus where on the page the word is: 8 title, 4 heading, 2 summary or topic, 1 text. The
 *       page fetches only the slices that hold the words typed;</li>
 *   <li>{@code search/p/N.json}, page N (pages numbered in title order): its address, title, kind,
 *       summary and text, fetched only for the results shown.</li>
 * </ul>
 * The words are cut by {@link SearchTerms}, as the page's script cuts a query. Kept between
 * builds: a page's text is cut once, and a file whose bytes this object already wrote to the
 * same folder is not written again (the preview writes every save).
 */
public final class SearchIndex {
    public static final String ENTRY = "search/index.json";
    static final String FOLDER = "search";
    static final int TEXT = 1;
    static final int SUMMARY_OR_TOPIC = 2;
    static final int HEADING = 4;
    static final int TITLE = 8;
    /** A slice of the word list ends at the first word that takes it past this many bytes. */
    static final int SLICE_BYTES = 16 * 1024;

    /**
     * What one build wrote: how many pages and slices, and, to weigh what a query downloads, the
     * first file and the largest slice and page file.
     */
    public record Written(int pages, int slices, byte[] entry, byte[] largestSlice, byte[] largestPage) {
    }

    /** Each word's number, for compact per-page lists; words are never forgotten (the vocabulary stays small). */
    private final Map<String, Integer> termNumbers = new ConcurrentHashMap<>();
    private final AtomicInteger nextNumber = new AtomicInteger();
    /** Each page's text, cut into word numbers, kept while the page's text is the same object. */
    private final Map<String, Cut> cuts = new ConcurrentHashMap<>();
    /** What the last build wrote, as a checksum by file, and where. */
    private final Map<Path, Long> written = new HashMap<>();
    private Path lastFolder;

    private record Cut(PageText text, int[] terms) {
    }

    /** The word list cut into slices, with the first word of each. */
    private record Slices(List<String> firstWords, List<byte[]> files) {
    }

    /** A page's words: their numbers in increasing order, and where on the page each is. */
    private record PageTerms(int[] terms, byte[] fields) {
    }

    /** Writes the search files for {@code site} into {@code folder} (the site's root). */
    public synchronized Written write(SiteContent site, Path folder) throws IOException {
        List<Page> pages = new ArrayList<>(site.all());
        pages.sort(Comparator.comparing(Page::title, String.CASE_INSENSITIVE_ORDER).thenComparing(Page::uri));
        List<PageTerms> terms = pages.parallelStream().map(this::termsOf).toList();
        cuts.keySet().retainAll(pages.stream().map(Page::uri).toList());
        String[] words = new String[nextNumber.get()];
        termNumbers.forEach((word, number) -> words[number] = word);

        if (!folder.equals(lastFolder)) {
            written.clear();
            lastFolder = folder;
        }
        Path root = folder.resolve(FOLDER);
        Files.createDirectories(root.resolve("w"));
        Files.createDirectories(root.resolve("p"));
        Set<Path> keep = new HashSet<>();
        Slices slices = slices(postings(terms, words.length), words);
        byte[] largestSlice = new byte[0];
        for (int i = 0; i < slices.files().size(); i++) {
            byte[] slice = slices.files().get(i);
            write(root.resolve("w/" + i + ".json"), slice, keep);
            largestSlice = slice.length > largestSlice.length ? slice : largestSlice;
        }
        byte[][] pageFiles = pages.parallelStream().map(SearchIndex::pageFile).toArray(byte[][]::new);
        byte[] largestPage = new byte[0];
        for (int i = 0; i < pageFiles.length; i++) {
            write(root.resolve("p/" + i + ".json"), pageFiles[i], keep);
            largestPage = pageFiles[i].length > largestPage.length ? pageFiles[i] : largestPage;
        }
        byte[] entry = entry(pages.size(), slices.firstWords()).getBytes(StandardCharsets.UTF_8);
        write(root.resolve("index.json"), entry, keep);
        removeOthers(root, keep);
        return new Written(pages.size(), slices.files().size(), entry, largestSlice, largestPage);
    }

    private PageTerms termsOf(Page page) {
        PageText text = page.text();
        Cut cut = cuts.get(page.uri());
        if (cut == null || cut.text() != text) {
            Set<Integer> numbers = new HashSet<>();
            SearchTerms.each(text.text(), word -> numbers.add(number(word)));
            cut = new Cut(text, numbers.stream().mapToInt(Integer::intValue).sorted().toArray());
            cuts.put(page.uri(), cut);
        }
        Map<Integer, Integer> fields = new HashMap<>();
        for (int number : cut.terms()) {
            fields.put(number, TEXT);
        }
        SearchTerms.each(page.title(), word -> fields.merge(number(word), TITLE, (a, b) -> a | b));
        text.headings().forEach(h -> SearchTerms.each(h, word -> fields.merge(number(word), HEADING, (a, b) -> a | b)));
        SearchTerms.each(page.summary() + " " + String.join(" ", page.list("tags")),
                word -> fields.merge(number(word), SUMMARY_OR_TOPIC, (a, b) -> a | b));
        int[] numbers = fields.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        byte[] where = new byte[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            where[i] = fields.get(numbers[i]).byteValue();
        }
        return new PageTerms(numbers, where);
    }

    private int number(String word) {
        Integer known = termNumbers.get(word);
        return known != null ? known : termNumbers.computeIfAbsent(word, w -> nextNumber.getAndIncrement());
    }

    /** For each word number, its pages as the numbers written in a slice; null for words on no page. */
    private static StringBuilder[] postings(List<PageTerms> pages, int words) {
        StringBuilder[] lists = new StringBuilder[words];
        int[] lastPage = new int[words];
        Arrays.fill(lastPage, -1);
        for (int page = 0; page < pages.size(); page++) {
            PageTerms terms = pages.get(page);
            for (int i = 0; i < terms.terms().length; i++) {
                int word = terms.terms()[i];
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
        return lists;
    }

    /** The word list in order, cut into slices of about {@link #SLICE_BYTES}. */
    private static Slices slices(StringBuilder[] postings, String[] words) {
        List<Integer> present = new ArrayList<>();
        for (int i = 0; i < postings.length; i++) {
            if (postings[i] != null) {
                present.add(i);
            }
        }
        present.sort(Comparator.comparing(i -> words[i]));
        List<byte[]> slices = new ArrayList<>();
        List<String> firstWords = new ArrayList<>();
        StringBuilder slice = new StringBuilder();
        for (int number : present) {
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

    private static String entry(int pages, List<String> first) {
        StringBuilder json = new StringBuilder("{\"pages\":").append(pages).append(",\"shards\":[");
        for (int i = 0; i < first.size(); i++) {
            json.append(i == 0 ? "\"" : ",\"").append(first.get(i)).append('"');
        }
        return json.append("]}").toString();
    }

    private static byte[] pageFile(Page page) {
        return ("{\"url\":\"" + json(page.uri()) + "\",\"title\":\"" + json(page.title()) + "\",\"type\":\""
                + json(page.type()) + "\",\"summary\":\"" + json(page.summary()) + "\",\"text\":\""
                + page.text().jsonText() + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static String json(String text) {
        return StringUtil.jsonStringEnc(text);
    }

    /** Writes the file unless this object wrote these very bytes there last time and the file is still so long. */
    private void write(Path file, byte[] bytes, Set<Path> keep) throws IOException {
        keep.add(file);
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        long checksum = crc.getValue() << 32 | bytes.length;
        Long last = written.get(file);
        if (last != null && last == checksum && Files.isRegularFile(file) && Files.size(file) == bytes.length) {
            return;
        }
        Files.write(file, bytes);
        written.put(file, checksum);
    }

    /** Files of an earlier, larger index (the preview writes into the same folder each time). */
    private void removeOthers(Path root, Set<Path> keep) throws IOException {
        for (String sub : List.of("w", "p")) {
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
