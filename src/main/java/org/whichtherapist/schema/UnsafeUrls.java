package org.whichtherapist.schema;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Addresses that would run code in a reader's browser, or hide a page in a {@code data:} address. */
public final class UnsafeUrls {
    /** A picture embedded in its address: harmless formats only (SVG can carry scripts). */
    private static final Pattern DATA_PICTURE = Pattern.compile("data:image/(png|jpeg|jpg|gif|webp|avif)[;,].*",
            Pattern.DOTALL);
    private static final int SHOWN = 40;

    /** What is wrong and how to fix it. */
    public record Verdict(String message, String fix) {
    }

    private UnsafeUrls() {
    }

    /**
     * Checks one address.
     *
     * @param what    how the message names it, with {@code %s} where the address goes, e.g. {@code the link %s}
     * @param picture whether it is the source of a picture (a {@code data:} picture is then allowed)
     */
    public static Optional<Verdict> check(String what, String url, boolean picture) {
        String plain = browserView(url);
        String named = what.formatted("'" + shorten(url.strip()) + "'");
        if (plain.startsWith("javascript:") || plain.startsWith("vbscript:")) {
            return Optional.of(new Verdict(named + " would run a script in the reader's browser",
                    "link to a web address starting with https://, or to another page's .md file"));
        }
        if (plain.startsWith("data:") && !(picture && DATA_PICTURE.matcher(plain).matches())) {
            return Optional.of(new Verdict(named + " is a data: address, which can hide a page or a script",
                    "save the file in assets/ or next to the page and link to it by name"));
        }
        return Optional.empty();
    }

    /** Like {@link #check}, for a front matter value: only text that is an address is looked at. */
    public static Optional<Verdict> checkText(String field, String value) {
        if (!mayBeAddress(value)) {
            return Optional.empty();
        }
        String plain = browserView(value);
        boolean address = plain.startsWith("javascript:") || plain.startsWith("vbscript:")
                || (plain.startsWith("data:") && !value.strip().toLowerCase(Locale.ROOT).startsWith("data: "));
        return address ? check("the address %s in '" + field + "'", value, false) : Optional.empty();
    }

    /** A quick look: a value whose first visible character is not j, v or d (every title) is no address. */
    private static boolean mayBeAddress(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > ' ') {
                return c > 127 || "jvdJVD".indexOf(c) >= 0;
            }
        }
        return false;
    }

    /** Browsers ignore spaces and control characters around and tabs and line breaks inside an address. */
    private static String browserView(String url) {
        StringBuilder plain = new StringBuilder();
        for (char c : url.toCharArray()) {
            if (c > ' ') {
                plain.append(c);
            }
        }
        return plain.toString().toLowerCase(Locale.ROOT);
    }

    private static String shorten(String url) {
        return url.length() <= SHOWN ? url : url.substring(0, SHOWN) + "…";
    }
}
