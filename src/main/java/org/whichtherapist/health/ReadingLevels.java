package org.whichtherapist.health;

import org.whichtherapist.source.ContentType;
import org.whichtherapist.source.Snippet;
import org.whichtherapist.source.SourceDocument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.whichtherapist.core.Problem;

/**
 * The reading level of every health page and care text: a warning for each above the limit, and a table.
 *
 * @param rows     each file's measure, for the table
 * @param warnings a warning for every file above {@code maxGrade}
 */
public record ReadingLevels(List<Row> rows, List<Problem> warnings, double maxGrade) {
    private static final int HARDEST = 3;
    private static final int QUOTE_LENGTH = 80;
    /** A US school grade is read by children about five years older: grade 6, age 11. */
    private static final int READING_AGE_OVER_GRADE = 5;
    private static final String FIX = "make them shorter, with shorter, everyday words (docs/writing.md, \"Plain English\")";

    /** One file's grade, words and sentences: what the table shows, kept without the sentences themselves. */
    public record Row(String file, double grade, int words, int sentences) implements java.io.Serializable {
        static Row of(String file, ReadingLevel.Result result) {
            return new Row(file, result.hasText() ? result.grade() : 0, result.words(), result.sentences().size());
        }
    }

    /** Measures the health pages among {@code documents}, and the urgent-care texts ({@code care}). */
    public static ReadingLevels of(Collection<SourceDocument> documents, List<Snippet> care, double maxGrade,
                                   CheckedPages pages) {
        // Pages on all cores, in order: measuring a thousand pages' sentences is a good part of a build.
        List<CheckedPages.Measured> measured = new ArrayList<>(documents.parallelStream()
                .filter(doc -> doc.type().map(ContentType::isHealthContent).orElse(false))
                .map(doc -> pages.readingLevel(doc, maxGrade)).toList());
        care.forEach(text -> measured.add(pages.readingLevel(text.document(), maxGrade)));
        measured.removeIf(m -> m.row().words() == 0);
        return new ReadingLevels(measured.stream().map(CheckedPages.Measured::row).toList(),
                measured.stream().map(CheckedPages.Measured::warning).filter(java.util.Objects::nonNull).toList(),
                maxGrade);
    }

    /** The warning for a file above {@code maxGrade}, or null; compared as shown, so 6.04 is within 6. */
    static Problem warning(String file, ReadingLevel.Result result, double maxGrade) {
        if (!result.hasText() || new BigDecimal(ReadingLevel.format(result.grade())).compareTo(BigDecimal.valueOf(maxGrade)) <= 0) {
            return null;
        }
        List<Integer> hardest = result.hardestPlaces(HARDEST);
        return Problem.at(file, result.sentences().get(hardest.get(0)).line(), "the reading level is grade "
                + ReadingLevel.format(result.grade()) + ", above this site's limit of grade " + plain(maxGrade) + " ("
                + HealthSettings.MAX_GRADE + "; grade " + plain(maxGrade) + " is a reading age of about "
                + plain(maxGrade + READING_AGE_OVER_GRADE) + "); its hardest sentences are "
                + hardest.stream().map(i -> describe(result, i)).collect(Collectors.joining(", ")), FIX);
    }

    /** 6 as "6", 6.5 as "6.5". */
    private static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    /** The sentence at this place, its line and grade (worked out when the page was measured). */
    private static String describe(ReadingLevel.Result result, int place) {
        ReadingLevel.Sentence sentence = result.sentences().get(place);
        String text = sentence.text().length() <= QUOTE_LENGTH ? sentence.text()
                : sentence.text().substring(0, QUOTE_LENGTH - 1).stripTrailing() + "…";
        return "line " + sentence.line() + " (grade " + ReadingLevel.format(result.grades().get(place)) + ": \"" + text
                + "\")";
    }

    /** The report: every file's grade, words and sentences, hardest first. */
    public String table() {
        StringBuilder table = new StringBuilder(String.format(Locale.UK,
                "Reading level (Flesch-Kincaid grade) of every health page; the site's limit is %s.%n",
                ReadingLevel.format(maxGrade)));
        table.append(String.format(Locale.UK, "%5s  %5s  %9s  %s%n", "grade", "words", "sentences", "file"));
        rows.stream().sorted(Comparator.comparingDouble((Row r) -> -r.grade()).thenComparing(Row::file))
                .forEach(r -> table.append(String.format(Locale.UK, "%5s  %5d  %9d  %s%n",
                        ReadingLevel.format(r.grade()), r.words(), r.sentences(), r.file())));
        return table.toString();
    }
}
