package org.whichtherapist.health;

import java.util.List;
import java.util.Set;

import org.whichtherapist.core.Problem;
import org.whichtherapist.core.Problems;
import org.whichtherapist.ledger.KeptResults;
import org.whichtherapist.ledger.PerObject;
import org.whichtherapist.source.SourceDocument;

/**
 * What one build memory has found on each page by itself, by document ({@link PerObject}: the preview gets the same
 * document back for an unchanged file, so an unchanged page is not looked at again): its reading level, also kept on disk for
 * later processes; urgent-care advice in its own words ({@link OwnUrgentAdvice}); made-up people it names
 * ({@link PublishReadiness}). Per memory, not per process, so a one-off build keeps every measure it uses.
 */
public final class CheckedPages {
    private final KeptResults kept;
    private final PerObject<SourceDocument, Double, Measured> levels = new PerObject<>();
    private final PerObject<SourceDocument, String, Problems> ownAdvice = new PerObject<>();
    private final PerObject<SourceDocument, MadeUp, List<Problem>> madeUpNames = new PerObject<>();

    /** The made-up people's names, and the file that lists them. */
    private record MadeUp(List<String> names, String peopleFile) {
    }

    /** A file's measure, and its warning against the limit (null when within it). */
    record Measured(ReadingLevels.Row row, Problem warning) implements java.io.Serializable {
    }

    public CheckedPages(KeptResults kept) {
        this.kept = kept;
    }

    /** The document's reading level (measured here, kept, or measured now) and its warning against {@code maxGrade}. */
    Measured readingLevel(SourceDocument doc, double maxGrade) {
        return levels.of(doc.path(), doc, maxGrade, this::measure);
    }

    /** The page's urgent-care advice in its own words ({@link OwnUrgentAdvice#check}). */
    Problems ownUrgentAdvice(SourceDocument doc) {
        return ownAdvice.of(doc.path(), doc, "", (page, nothing) -> OwnUrgentAdvice.check(page));
    }

    /** The lines of the page that name one of {@code madeUp}, people of {@code peopleFile} ({@link PublishReadiness}). */
    List<Problem> madeUpNames(SourceDocument doc, Set<String> madeUp, String peopleFile) {
        return madeUpNames.of(doc.path(), doc, new MadeUp(List.copyOf(madeUp), peopleFile), (page, people) ->
                PublishReadiness.madeUpNames(page, madeUp, people.peopleFile()));
    }

    /**
     * The measure and its warning, kept with the grade the warning is against: the sentences themselves, needed only
     * to name the hardest in the warning, are not kept (reading a thousand pages' sentences back took longer).
     */
    private Measured measure(SourceDocument doc, double maxGrade) {
        String key = kept.key("reading level", doc.path(), String.valueOf(doc.frontMatter().bodyLine()),
                String.valueOf(maxGrade), doc.body());
        return kept.get(key, Measured.class).orElseGet(() -> {
            ReadingLevel.Result result = ReadingLevel.of(doc.body(), doc.frontMatter().bodyLine());
            Measured made = new Measured(ReadingLevels.Row.of(doc.path(), result),
                    ReadingLevels.warning(doc.path(), result, maxGrade));
            kept.put(key, made);
            return made;
        });
    }
}
