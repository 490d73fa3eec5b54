package org.whichtherapist.core;

/**
 * One thing wrong with the site's source: which file (relative, with '/'), which line (0: the whole file),
 * what is wrong and how to fix it, in plain words.
 */
public record Problem(String file, int line, String message, String fix) implements java.io.Serializable {

    public static Problem at(String file, int line, String message, String fix) {
        return new Problem(file, line, message, fix);
    }

    /** {@code content/articles/x.md:12: what is wrong — how to fix it} */
    public String format() {
        return (line > 0 ? file + ":" + line : file) + ": " + text();
    }

    /** {@code what is wrong — how to fix it}, or only what is wrong when there is no fix. */
    public String text() {
        return fix == null || fix.isBlank() ? message : message + " — " + fix;
    }

    @Override
    public String toString() {
        return format();
    }
}
