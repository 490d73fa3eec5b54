package org.whichtherapist.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * What a page's front matter counts as for "unchanged": the ledger compares it with the last bake's, made by
 * another process, so it may not depend on the order a map happens to hold its fields in.
 */
class BakePlanTest {

    @Test
    void theSameFieldsInAnotherOrderAreTheSameFrontMatter() {
        Map<String, Object> written = new LinkedHashMap<>();
        written.put("sources", List.of("nhs-111", "nhs-dvt"));
        written.put("checked", "Checked by Kim Example, on 5 December 2026.");
        Map<String, Object> reversed = new LinkedHashMap<>();
        reversed.put("checked", "Checked by Kim Example, on 5 December 2026.");
        reversed.put("sources", List.of("nhs-111", "nhs-dvt"));
        assertEquals(BakePlan.described(written), BakePlan.described(reversed),
                "a page made from data (the care advice's) once had its fields in Map.of order, which each process"
                        + " draws afresh, and every second build baked the whole site");
        assertEquals(BakePlan.described(Map.of("outer", written)), BakePlan.described(Map.of("outer", reversed)));
    }

    @Test
    void aChangedValueOrTypeIsAChange() {
        assertNotEquals(BakePlan.described(Map.of("sources", List.of("nhs-111"))),
                BakePlan.described(Map.of("sources", List.of("nhs-dvt"))));
        assertNotEquals(BakePlan.described(Map.of("tags", List.of("a"))), BakePlan.described(Map.of("tags", "a")),
                "a list and a text that print the same differ");
        assertNotEquals(BakePlan.described(List.of("a", "b")), BakePlan.described(List.of("b", "a")),
                "a list's order is the page's");
    }
}
