package org.whichtherapist.health;

import org.whichtherapist.source.SourceDocument;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.whichtherapist.ledger.KeptResults;
import org.whichtherapist.core.Problem;
import org.whichtherapist.core.Problems;

/**
 * What one build memory has found on each page by itself, by document (the preview gets the same document back
 * for an unchanged file, so an unchanged page is not looked at again): its reading level, also kept on disk for
 * later processes, and any urgent-care advice in its own words ({@link OwnUrgentAdvice}). Per memory, not per
 * process, so a one-off build keeps every measure it uses.
 */
public final class CheckedPages {
    private final KeptResults kept;
    /** A document no longer used is forgotten. */
    private final Map<SourceDocument, Measured> measured = Collections.synchronizedMap(new WeakHashMap<>());
    private final Map<SourceDocument, Problems> ownAdvice = Collections.synchronizedMap(new WeakHashMap<>());

    /** A file's measure, and its warning against the limit {@code maxGrade} (null when within it). */
    record Measured(ReadingLevels.Row row, double maxGrade, Problem warning) {
    }

    public CheckedPages(KeptResults kept) {
        this.kept = kept;
    }

    /** The document's reading level (measured here, kept, or measured now) and its warning against {@code maxGrade}. */
    Measured readingLevel(SourceDocument doc, double maxGrade) {
        Measured known = measured.get(doc);
        if (known != null && known.maxGrade() == maxGrade) {
            return known;
        }
        ReadingLevels.Row row = known != null ? known.row() : measure(doc);
        Measured made = new Measured(row, maxGrade, ReadingLevels.warning(row, maxGrade));
        measured.put(doc, made);
        return made;
    }

    /** The page's urgent-care advice in its own words ({@link OwnUrgentAdvice#check}), looked for once per document. */
    Problems ownUrgentAdvice(SourceDocument doc) {
        Problems known = ownAdvice.get(doc);
        if (known == null) {
            known = OwnUrgentAdvice.check(doc);
            ownAdvice.put(doc, known);
        }
        return known;
    }

    private ReadingLevels.Row measure(SourceDocument doc) {
        String key = kept.key("reading level", doc.path(), String.valueOf(doc.frontMatter().bodyLine()), doc.body());
        return kept.get(key, ReadingLevels.Row.class).orElseGet(() -> {
            ReadingLevels.Row made = new ReadingLevels.Row(doc.path(),
                    ReadingLevel.of(doc.body(), doc.frontMatter().bodyLine()));
            kept.put(key, made);
            return made;
        });
    }
}
