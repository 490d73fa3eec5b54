package org.whichtherapist.health;

import org.whichtherapist.schema.ContentValidator;
import org.whichtherapist.source.ContentType;
import org.whichtherapist.source.FrontMatter;
import org.whichtherapist.source.SourceDocument;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.whichtherapist.core.Problems;

/**
 * A health page never gives urgent-care advice in its own words ("call 999", "A&E", "111"...): that advice is
 * the NHS's, written once in {@link CareTexts}; two wordings drift apart, and one will under-triage.
 */
public final class OwnUrgentAdvice {
    private static final Pattern ADVICE = Pattern.compile("(?i)(?<![\\w£$€.,-])(call 999|999|a ?& ?e|a&amp;e"
            + "|accident and emergency|111|nhs 24|urgent treatment cent(?:re|er)s?)(?![\\w-])");
    /** What is not read as words: citations, link addresses, web addresses. */
    private static final Pattern NOT_WORDS = Pattern.compile("\\[\\^[^\\]]*]|\\]\\([^)]*\\)|<?https?://[^\\s)>]*>?");
    private static final String FIX = "delete it: every health page shows the NHS care box, at the level its 'care:'"
            + " field names; write '!!! urgent-care' on a line of its own to place the box there"
            + " (docs/writing.md, \"Urgent-care advice\")";

    private OwnUrgentAdvice() {
    }

    /** The lines of a health page that give urgent advice in the page's own words; other pages have none. */
    public static Problems check(SourceDocument doc) {
        Problems problems = new Problems();
        if (!doc.type().map(ContentType::isHealthContent).orElse(false)) {
            return problems;
        }
        FrontMatter fm = doc.frontMatter();
        fm.values().forEach((key, value) -> {
            if (!key.equals("sources")) {
                ContentValidator.forEachText(value, key, (path, text) -> report(doc,
                        fm.lines().getOrDefault(path, fm.lineOf(key)), text, problems));
            }
        });
        String body = doc.body();
        if (mayHold(body, "accident and emergency", "nhs 24", "urgent treatment") && ADVICE.matcher(body).find()) {
            List<String> lines = body.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                report(doc, fm.bodyLine() + i, lines.get(i), problems);
            }
        }
        return problems;
    }

    /**
     * Whether {@link #ADVICE} can match: a plain search, many times faster than the pattern on a long page. Every
     * wording holds 999, 111, {@code &} or one of {@code words} (lower case): whole wordings, or, in text whose
     * {@link #NOT_WORDS} are still to be blanked, a word of each (blanking only puts a space between what was there,
     * so it joins no new word).
     */
    private static boolean mayHold(String text, String... words) {
        if (text.contains("999") || text.contains("111") || text.contains("&")) {
            return true;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String word : words) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static void report(SourceDocument doc, int line, String text, Problems problems) {
        if (!mayHold(text, "accident", "nhs", "urgent")) {
            return;
        }
        Matcher advice = ADVICE.matcher(NOT_WORDS.matcher(text).replaceAll(" "));
        if (advice.find()) {
            problems.error(doc.path(), line, "this page gives urgent-care advice in its own words ('" + advice.group(1)
                    + "')", FIX);
        }
    }
}
