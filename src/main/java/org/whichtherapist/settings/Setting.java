package org.whichtherapist.settings;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * One setting of jbake.properties that JBake or this build reads; {@link #refusal} says, in the owner's words,
 * why a value will not do.
 *
 * @param example a good value, for the message
 * @param range   for a whole number, what it counts and the smallest and largest allowed
 */
record Setting(String key, Kind kind, String example, boolean required, Range range) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");
    private static final Pattern FOLDER_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,9}");
    /** How many letters a misspelled name may be from the one meant. */
    static final int TYPO = 3;

    /** The kinds of value, each with what it accepts, in the owner's words. */
    enum Kind {
        YES_NO("true or false"),
        WHOLE_NUMBER("a whole number"),
        FOLDER("a folder of the project"),
        FILE_NAME("a file name such as feed.xml (letters, digits, '-', '_' and '.')"),
        FOLDER_NAME("a folder name such as tags (lower-case letters, digits, '-' and '_')"),
        WEB_ADDRESS("a full web address ending in '/', such as https://www.example.com/"),
        EMAIL("an email address"),
        LANGUAGE("a language code such as en-GB"),
        DATE_PATTERN("a date pattern such as yyyy-MM-dd"),
        ENCODING("a character encoding such as UTF-8"),
        TEMPLATE("a template's file name ending in .ftl, such as article.ftl"),
        FILE_NAMES("file names separated by commas, such as robots.txt, search.html"),
        TEXT("some text"),
        /** One value works: the example. */
        ONLY("the only value that works here"),
        /** Read by JBake, or kept for templates, with no rule of ours. */
        ANY("anything");

        private final String accepts;

        Kind(String accepts) {
            this.accepts = accepts;
        }
    }

    /** What a whole number counts ("seconds"; empty for nothing in particular), and its limits. */
    record Range(String unit, long least, long most) {
        static final Range ANY = new Range("", 0, Long.MAX_VALUE);
    }

    static Setting of(String key, Kind kind, String example) {
        return new Setting(key, kind, example, false, Range.ANY);
    }

    Setting needed() {
        return new Setting(key, kind, example, true, range);
    }

    /** A whole number of {@code unit} from {@code least} to {@code most}. */
    Setting counting(String unit, long least, long most) {
        return new Setting(key, kind, example, required, new Range(unit, least, most));
    }

    /** What the setting accepts, in the owner's words. */
    String accepts() {
        if (kind == Kind.ONLY) {
            return example + ", " + kind.accepts;
        }
        if (kind != Kind.WHOLE_NUMBER) {
            return kind.accepts;
        }
        return "a whole number" + (range.unit().isEmpty() ? "" : " of " + range.unit()) + " from "
                + String.format(Locale.UK, "%,d", range.least()) + " to " + String.format(Locale.UK, "%,d", range.most());
    }

    /** Why {@code value} will not do, or null if it will. */
    String refusal(String value, Path project, Path templates) {
        boolean good = switch (kind) {
            case YES_NO -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
            case WHOLE_NUMBER -> WHOLE.matcher(value).matches() && Long.parseLong(value) >= range.least()
                    && Long.parseLong(value) <= range.most();
            case FOLDER -> isFolder(value, project);
            case FILE_NAME -> NAME.matcher(value).matches() && !value.contains("..");
            case FOLDER_NAME -> FOLDER_NAME.matcher(value).matches();
            case WEB_ADDRESS -> isSiteAddress(value);
            case EMAIL -> EMAIL.matcher(value).matches();
            case LANGUAGE -> !value.isEmpty() && Locale.forLanguageTag(value).toLanguageTag().equalsIgnoreCase(value)
                    && !"und".equals(Locale.forLanguageTag(value).toLanguageTag());
            case DATE_PATTERN -> isDatePattern(value);
            case ENCODING -> isEncoding(value);
            case TEMPLATE -> value.endsWith(".ftl") && NAME.matcher(value).matches() && !value.contains("..");
            case FILE_NAMES -> value.isEmpty() || java.util.Arrays.stream(value.split(","))
                    .allMatch(name -> NAME.matcher(name.strip()).matches() && !name.contains(".."));
            case TEXT -> !value.isBlank();
            case ONLY -> value.equals(example);
            case ANY -> true;
        };
        if (!good) {
            return value.isEmpty() ? "'" + key + "' is empty; it takes " + accepts()
                    : "'" + key + "' is '" + value + "', which is not " + accepts();
        }
        if (kind == Kind.TEMPLATE && !Files.isRegularFile(templates.resolve(value))) {
            return "'" + key + "' names the template '" + value + "', which is not in " + folderName(project, templates);
        }
        return null;
    }

    /** What to write instead of {@code value}; for a template, the nearest one there, else the list. */
    String fix(String value, Path project, Path templates) {
        if (kind != Kind.TEMPLATE) {
            return "write e.g. " + key + "=" + example;
        }
        List<String> names = templateNames(templates);
        return nearest(value, names, TYPO)
                .map(name -> "did you mean " + key + "=" + name + "?")
                .orElse("write the file name of one of the templates in " + folderName(project, templates) + ": "
                        + String.join(", ", names));
    }

    /** The name in {@code known} at most {@code edits} letters from {@code name}, the nearest first, then by name. */
    static Optional<String> nearest(String name, Collection<String> known, int edits) {
        LevenshteinDistance distance = new LevenshteinDistance(edits);
        return known.stream().filter(k -> distance.apply(name, k) >= 0)
                .min(Comparator.comparingInt((String k) -> distance.apply(name, k)).thenComparing(k -> k));
    }

    /** The templates directly in {@code folder}. */
    private static List<String> templateNames(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".ftl")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String folderName(Path project, Path folder) {
        return project.relativize(folder).toString().replace('\\', '/') + "/";
    }

    private static boolean isFolder(String value, Path project) {
        return Pattern.matches("[A-Za-z0-9_][A-Za-z0-9._ -]*(/[A-Za-z0-9_][A-Za-z0-9._ -]*)*", value)
                && !value.contains("..") && Files.isDirectory(project.resolve(value));
    }

    /** A full http(s) address ending in '/', sub-path allowed. */
    static boolean isSiteAddress(String address) {
        try {
            URI uri = new URI(address);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && address.endsWith("/") && uri.getQuery() == null && uri.getFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** JBake reads dates with this pattern; it splits values at commas, so a comma cannot be in it. */
    private static boolean isDatePattern(String value) {
        if (value.isBlank() || value.contains(",")) {
            return false;
        }
        try {
            new SimpleDateFormat(value, Locale.UK);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isEncoding(String value) {
        try {
            return Charset.isSupported(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
