package org.whichtherapist.health;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The Flesch–Kincaid grade of a page's body text (0.39 × words per sentence + 11.8 × syllables per word −
 * 15.59), counted exactly as the writers' checker {@code fk.py} counts it: paragraphs and list items without
 * headings, tables, code, comments or callout titles ({@link #units}); links as their text, no marks
 * ({@link #clean}); sentences end at {@code . ! ?} and a space; syllables are vowel groups less silent endings.
 */
public final class ReadingLevel {
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9'\u2019-]*");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*+]|\\d+[.)]|:)\\s+(.*)$",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"\u201d\u2019)]?\\s+",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PICTURE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern CITATION = Pattern.compile("\\[\\^[^\\]]+\\]");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern ATTRIBUTES = Pattern.compile("\\{[.#:][^}]*\\}");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern MARKS = Pattern.compile("[*_`]");
    private static final Pattern QUOTE_MARKS = Pattern.compile("^[> ]+");

    /** One sentence and the file line its paragraph or list item starts on. */
    public record Sentence(int line, String text) implements java.io.Serializable {
    }

    /**
     * A body's sentences, counts and grade.
     *
     * @param grades each sentence's own grade, worked out with the counts
     */
    public record Result(List<Sentence> sentences, int words, int syllables, List<Double> grades) implements java.io.Serializable {
        public boolean hasText() {
            return words > 0;
        }

        public double grade() {
            return ReadingLevel.grade(words, sentences.size(), syllables);
        }

        /** Where in {@link #sentences} the {@code count} hardest are, hardest first (ties in page order). */
        public List<Integer> hardestPlaces(int count) {
            return IntStream.range(0, grades.size()).boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> grades.get(i)).reversed()).limit(count).toList();
        }
    }

    private ReadingLevel() {
    }

    /** The reading level of {@code body}, whose first line is line {@code firstLine} of its file. */
    public static Result of(String body, int firstLine) {
        List<Sentence> sentences = new ArrayList<>();
        List<Double> grades = new ArrayList<>();
        int words = 0;
        int syllables = 0;
        for (Sentence unit : units(body, firstLine)) {
            for (String part : SENTENCE_END.split(clean(unit.text()), -1)) {
                List<String> found = words(part);
                if (!found.isEmpty()) {
                    int sentenceSyllables = found.stream().mapToInt(ReadingLevel::syllables).sum();
                    sentences.add(new Sentence(unit.line(), part.strip()));
                    grades.add(grade(found.size(), 1, sentenceSyllables));
                    words += found.size();
                    syllables += sentenceSyllables;
                }
            }
        }
        return new Result(List.copyOf(sentences), words, syllables, List.copyOf(grades));
    }

    static double grade(int words, int sentences, int syllables) {
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    /** A grade as the report shows it: one decimal, rounded as the checker rounds it. */
    public static String format(double grade) {
        return new BigDecimal(grade).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Paragraphs and list items, each with the line it starts on, before inline marks are removed. */
    static List<Sentence> units(String body, int firstLine) {
        List<Sentence> units = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int start = 0;
        boolean fence = false;
        boolean comment = false;
        String[] lines = body.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String s = lines[n].strip();
            if (s.startsWith("```") || s.startsWith("~~~")) {
                fence = !fence;
                flush(units, current, start);
                continue;
            }
            if (fence) {
                continue;
            }
            if (comment || s.startsWith("<!--")) {
                comment = !s.contains("-->");
                flush(units, current, start);
                continue;
            }
            if (s.isEmpty() || s.startsWith("#") || s.startsWith("|") || s.startsWith("!!!") || s.startsWith("???")) {
                flush(units, current, start);
                continue;
            }
            Matcher item = LIST_ITEM.matcher(s);
            if (item.matches()) {
                flush(units, current, start);
                start = firstLine + n;
                current.add(item.group(1));
                continue;
            }
            if (s.startsWith(">")) {
                s = QUOTE_MARKS.matcher(s).replaceFirst("").strip(); // as the checker's lstrip("> ")
            }
            if (current.isEmpty()) {
                start = firstLine + n;
            }
            current.add(s);
        }
        flush(units, current, start);
        return units;
    }

    private static void flush(List<Sentence> units, List<String> current, int start) {
        if (!current.isEmpty()) {
            units.add(new Sentence(start, String.join(" ", current)));
            current.clear();
        }
    }

    static String clean(String text) {
        String cleaned = PICTURE.matcher(text).replaceAll("$1");
        cleaned = CITATION.matcher(cleaned).replaceAll("");
        cleaned = LINK.matcher(cleaned).replaceAll("$1");
        cleaned = ATTRIBUTES.matcher(cleaned).replaceAll("");
        cleaned = TAG.matcher(cleaned).replaceAll("");
        return MARKS.matcher(cleaned).replaceAll("");
    }

    public static List<String> words(String text) {
        return WORD.matcher(text).results().map(MatchResult::group).toList();
    }

    public static int syllables(String word) {
        int total = 0;
        for (String piece : word.toLowerCase(java.util.Locale.ROOT).replace("'", "").replace("\u2019", "")
                .split("-", -1)) {
            String part = lettersAndDigits(piece);
            if (!part.isEmpty()) {
                total += Math.max(1, vowelGroups(part) - silentEnding(part)); // a number has none: one syllable
            }
        }
        return total;
    }

    /** What {@code replaceAll("[^a-z0-9]", "")} leaves, without a regular expression per word. */
    private static String lettersAndDigits(String piece) {
        StringBuilder kept = new StringBuilder(piece.length());
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                kept.append(c);
            }
        }
        return kept.length() == piece.length() ? piece : kept.toString();
    }

    /** How many runs of [aeiouy] the part has (what {@code [aeiouy]+} finds). */
    private static int vowelGroups(String part) {
        int n = 0;
        boolean inGroup = false;
        for (int i = 0; i < part.length(); i++) {
            boolean vowel = isVowel(part.charAt(i));
            if (vowel && !inGroup) {
                n++;
            }
            inGroup = vowel;
        }
        return n;
    }

    /** 1 when the part has more than one vowel group and ends in a syllable that is not heard. */
    private static int silentEnding(String part) {
        if (vowelGroups(part) <= 1) {
            return 0;
        }
        if (part.endsWith("e")) {
            return part.endsWith("le") && part.length() > 2 && !isVowel(part.charAt(part.length() - 3)) ? 0 : 1;
        }
        if (part.endsWith("ed")) {
            return part.endsWith("ted") || part.endsWith("ded") ? 0 : 1;
        }
        if (part.endsWith("es")) {
            boolean heard = List.of("ses", "zes", "ces", "ges", "xes", "ches", "shes").stream().anyMatch(part::endsWith)
                    || part.endsWith("les") && part.length() > 3 && !isVowel(part.charAt(part.length() - 4));
            return heard ? 0 : 1;
        }
        return 0;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
