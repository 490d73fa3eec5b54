package org.whichtherapist.content;

import java.util.ArrayList;
import java.util.List;

import freemarker.template.utility.StringUtil;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a reader reads on a page, as plain text: for search, reading time and the FAQ's questions.
 *
 * @param faq      each {@code ##} heading and the text up to the next (FAQ pages only)
 * @param jsonText the text escaped as Freemarker's {@code ?json_string}, once per page: the search index
 *                 holds every page's text, and the preview writes it on every save
 */
public record PageText(String text, int words, List<String> headings, List<QuestionAndAnswer> faq, String jsonText) implements java.io.Serializable {
    /** The care box ({@code !!! urgent-care}) is the NHS's words, the same on every page: not the page's text. */
    private static final String CARE_BOX = ".care-box";

    public record QuestionAndAnswer(String question, String answer) implements java.io.Serializable {
    }

    /** {@code questions}: whether to pair headings with answers, which only the FAQ page needs. */
    public static PageText of(String html, boolean questions) {
        Document body = Jsoup.parseBodyFragment(html);
        body.select(CARE_BOX).remove();
        List<String> headings = body.select("h2, h3").eachText();
        List<QuestionAndAnswer> faq = new ArrayList<>();
        for (Element heading : questions ? body.select("h2") : List.<Element>of()) {
            StringBuilder answer = new StringBuilder();
            for (Element next = heading.nextElementSibling(); next != null && !next.tagName().equals("h2");
                 next = next.nextElementSibling()) {
                answer.append(answer.isEmpty() ? "" : " ").append(next.text());
            }
            faq.add(new QuestionAndAnswer(heading.text(), answer.toString()));
        }
        String text = body.text();
        return new PageText(text, wordsIn(text), List.copyOf(headings), List.copyOf(faq), StringUtil.jsonStringEnc(text));
    }

    /** How many words {@code text.strip().split("\\s+")} finds, counted without building them. */
    static int wordsIn(String text) {
        String words = text.strip();
        if (words.isEmpty()) {
            return 0;
        }
        int count = 1;
        for (int i = 1; i < words.length(); i++) {
            if (isSpace(words.charAt(i)) && !isSpace(words.charAt(i - 1))) {
                count++;
            }
        }
        return count;
    }

    /** What {@code \s} matches in a regular expression. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
