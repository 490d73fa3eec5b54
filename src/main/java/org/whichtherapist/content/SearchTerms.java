package org.whichtherapist.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The words the search looks up, cut exactly as {@code assets/js/site.js} cuts a query: lower case, accents
 * off, split at what {@code /[^\p{L}\p{N}]+/u} matches, one-character words left out.
 */
public final class SearchTerms {
    private SearchTerms() {
    }

    /** Gives each word of the text, in order, repeats included. */
    public static void each(String text, Consumer<String> term) {
        String lower = plain(text.toLowerCase(Locale.ROOT));
        int start = -1;
        for (int i = 0; i <= lower.length(); ) {
            int c = i < lower.length() ? lower.codePointAt(i) : ' ';
            boolean inWord = i < lower.length() && isLetterOrNumber(c);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                if (lower.codePointCount(start, i) > 1) {
                    term.accept(lower.substring(start, i));
                }
                start = -1;
            }
            i += Character.charCount(c);
        }
    }

    private static String plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[\u0300-\u036f]", "");
            }
        }
        return text;
    }

    /** What {@code \p{L}} and {@code \p{N}} match. */
    private static boolean isLetterOrNumber(int c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
