package org.whichtherapist.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.whichtherapist.core.Problems;

/**
 * The reading level ({@link ReadingLevel}) of every health page and of the urgent-care text: a
 * warning for each above {@code site.reading_level.max}, naming its grade and its three hardest
 * sentences with their lines, and a table of them all ({@code build --reading-levels}).
 */
public final class ReadingLevels {
    private static final int HARDEST = 3;
    private static final int QUOTE_LENGTH = 80;

    /** One file's grade. */
    public record Row(String file, ReadingLevel.Result result) {
    }

    private final List<Row> rows;
    private final double maxGrade;

    private ReadingLevels(List<Row> rows, double maxGrade) {
        this.rows = rows;
        this.maxGrade = maxGrade;
    }

    /** Measures the health pages among {@code documents}, and the urgent-care text if there is one. */
    public static ReadingLevels of(Collection<SourceDocument> documents, Optional<Snippet> urgentCare, double maxGrade) {
        List<Row> rows = new ArrayList<>();
        for (SourceDocument doc : documents) {
            if (doc.type().map(ContentType::isHealthContent).orElse(false)) {
                rows.add(row(doc));
            }
        }
        urgentCare.map(Snippet::document).map(ReadingLevels::row).ifPresent(rows::add);
        rows.removeIf(row -> !row.result().hasText());
        return new ReadingLevels(List.copyOf(rows), maxGrade);
    }

    private static Row row(SourceDocument doc) {
        return new Row(doc.path(), ReadingLevel.of(doc.body(), doc.frontMatter().bodyLine()));
    }

    public List<Row> rows() {
        return rows;
    }

    /** A warning for every file above the site's limit. */
    public Problems warnings() {
        Problems problems = new Problems();
        for (Row row : rows) {
            ReadingLevel.Result result = row.result();
            if (result.grade() > maxGrade) {
                List<ReadingLevel.Sentence> hardest = result.hardest(HARDEST);
                problems.warn(row.file(), hardest.get(0).line(), "the reading level is grade "
                        + ReadingLevel.format(result.grade()) + ", above the limit of " + ReadingLevel.format(maxGrade)
                        + " (" + HealthSettings.MAX_GRADE + "); its hardest sentences are "
                        + hardest.stream().map(ReadingLevels::describe)
                        .collect(Collectors.joining(", ")), "make them shorter, with shorter, everyday words"
                        + " (docs/writing.md, \"Plain English\")");
            }
        }
        return problems;
    }

    private static String describe(ReadingLevel.Sentence sentence) {
        String text = sentence.text().length() <= QUOTE_LENGTH ? sentence.text()
                : sentence.text().substring(0, QUOTE_LENGTH - 1).stripTrailing() + "…";
        return "line " + sentence.line() + " (grade " + ReadingLevel.format(sentence.grade()) + ": \"" + text + "\")";
    }

    /** The report: every file's grade, words and sentences, hardest first. */
    public String table() {
        StringBuilder table = new StringBuilder(String.format(Locale.UK,
                "Reading level (Flesch-Kincaid grade) of every health page; the site's limit is %s.%n",
                ReadingLevel.format(maxGrade)));
        table.append(String.format(Locale.UK, "%5s  %5s  %9s  %s%n", "grade", "words", "sentences", "file"));
        rows.stream().sorted(Comparator.comparingDouble((Row r) -> -r.result().grade()).thenComparing(Row::file))
                .forEach(r -> table.append(String.format(Locale.UK, "%5s  %5d  %9d  %s%n",
                        ReadingLevel.format(r.result().grade()), r.result().words(), r.result().sentences().size(),
                        r.file())));
        return table.toString();
    }
}
