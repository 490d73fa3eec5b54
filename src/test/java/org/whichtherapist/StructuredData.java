package org.whichtherapist;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A page's JSON-LD blocks, parsed: reading one that is not valid JSON fails the test. */
final class StructuredData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StructuredData() {
    }

    static List<JsonNode> of(Document page) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            nodes.add(JSON.readTree(script.data()));
        }
        return nodes;
    }

    /** The first block whose {@code @type} is {@code type}. */
    static JsonNode ofType(Document page, String type) throws Exception {
        return of(page).stream().filter(n -> n.path("@type").asText().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + page.location()));
    }
}
