package org.whichtherapist.markdown;

import java.util.List;

import org.whichtherapist.core.Problem;

/**
 * The urgent-care advice as one piece of HTML, rendered once per build from
 * {@code content/_snippets/urgent-care.md} and placed, the same bytes every time, wherever a page
 * has the line {@code !!! urgent-care}.
 *
 * @param html     the whole box, or empty when there is no snippet
 * @param sources  the snippet's sources, added to the Sources list of every page that shows it
 * @param file     the snippet's file, for problems
 * @param problems mistakes in the snippet itself
 */
public record UrgentCareBox(String html, List<String> sources, String file, List<Problem> problems) {
    /** No urgent-care text: a page asking for it is told to create the snippet. */
    public static final UrgentCareBox NONE = new UrgentCareBox("", List.of(), "", List.of());

    public boolean exists() {
        return !html.isEmpty();
    }
}
