package org.whichtherapist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A built site's search files (search/index.json, search/w/N.json, search/p/N.json), read back
 * with a JSON parser: the pages, and for a word the pages it is on and where on each.
 */
final class SearchFiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path search;
    private final JsonNode entry;

    SearchFiles(BuiltSite site) {
        this.search = site.output().resolve("search");
        this.entry = read(search.resolve("index.json"));
    }

    /** The first file, search/index.json. */
    JsonNode entry() {
        return entry;
    }

    int pageCount() {
        return entry.get("pages").asInt();
    }

    /** Page {@code n}: url, title, type, summary, text. */
    JsonNode page(int n) {
        return read(search.resolve("p/" + n + ".json"));
    }

    List<JsonNode> pages() {
        List<JsonNode> pages = new ArrayList<>();
        for (int n = 0; n < pageCount(); n++) {
            pages.add(page(n));
        }
        return pages;
    }

    JsonNode pageAt(String url) {
        return pages().stream().filter(p -> p.get("url").asText().equals(url)).findFirst()
                .orElseThrow(() -> new AssertionError("no search page file for " + url));
    }

    /** The pages the word is on, by url, with where on each (8 title, 4 heading, 2 summary or topic, 1 text). */
    Map<String, Integer> where(String word) {
        List<String> firsts = new ArrayList<>();
        entry.get("shards").forEach(first -> firsts.add(first.asText()));
        int slice = 0;
        while (slice + 1 < firsts.size() && firsts.get(slice + 1).compareTo(word) <= 0) {
            slice++;
        }
        JsonNode postings = read(search.resolve("w/" + slice + ".json")).get(word);
        Map<String, Integer> found = new TreeMap<>();
        if (postings != null) {
            int page = -1;
            for (Iterator<JsonNode> numbers = postings.elements(); numbers.hasNext(); ) {
                int n = numbers.next().asInt();
                page += n / 16;
                found.put(page(page).get("url").asText(), n % 16);
            }
        }
        return found;
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
