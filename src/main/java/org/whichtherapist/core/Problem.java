package org.whichtherapist.core;

/**
 * One thing wrong with the site's source, told the way the owner needs it:
 * which file, which line, what is wrong and how to fix it.
 *
 * @param file    path relative to the project folder, with forward slashes
 * @param line    1-based line number, or 0 when the problem is about the whole file
 * @param message what is wrong, in plain words
 * @param fix     what to do about it
 */
public record Problem(String file, int line, String message, String fix) implements java.io.Serializable {

    public static Problem at(String file, int line, String message, String fix) {
        return new Problem(file, line, message, fix);
    }

    /** {@code content/articles/x.md:12: what is wrong — how to fix it} */
    public String format() {
        String where = line > 0 ? file + ":" + line : file;
        return fix == null || fix.isBlank()
                ? where + ": " + message
                : where + ": " + message + " — " + fix;
    }

    @Override
    public String toString() {
        return format();
    }
}
