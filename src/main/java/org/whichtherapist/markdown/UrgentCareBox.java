package org.whichtherapist.markdown;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.whichtherapist.schema.CareLevel;
import org.whichtherapist.core.Problem;

/**
 * The care box of each {@link CareLevel}, rendered once per build and placed, the same bytes every time, at a
 * page's {@code !!! urgent-care} line or after a health page's text.
 *
 * @param html each level's box; missing when one of its texts is (its sources are listed on one page of their
 *             own, health.DisclosurePages)
 */
public record UrgentCareBox(Map<CareLevel, String> html, List<Problem> problems) {
    /** No care texts: a page asking for the box is told to create them. */
    public static final UrgentCareBox NONE = new UrgentCareBox(Map.of(), List.of());

    /** In the order of the levels, so the box reads the same in every process (kept results are filed by it). */
    public UrgentCareBox {
        Map<CareLevel, String> ordered = new EnumMap<>(CareLevel.class);
        ordered.putAll(html);
        html = java.util.Collections.unmodifiableMap(ordered);
        problems = List.copyOf(problems);
    }

    public boolean exists(CareLevel level) {
        return html.containsKey(level);
    }

    /** The box of this level, or empty. */
    public String html(CareLevel level) {
        return html.getOrDefault(level, "");
    }

    /** Each level's box by its {@code care} word, for templates ({@code site.careBox(page)}). */
    public Map<String, String> byLevelId() {
        return html.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                e -> e.getKey().id(), Map.Entry::getValue));
    }
}
