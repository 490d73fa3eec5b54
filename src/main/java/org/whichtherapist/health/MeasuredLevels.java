package org.whichtherapist.health;

import org.whichtherapist.source.SourceDocument;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.whichtherapist.ledger.KeptResults;
import org.whichtherapist.core.Problem;

/**
 * The reading levels one build memory has measured, by document (the preview gets the same document back for
 * an unchanged file), and kept on disk for later processes. Per memory, not per process, so a one-off build
 * keeps every measure it uses.
 */
public final class MeasuredLevels {
    private final KeptResults kept;
    /** A document no longer used is forgotten. */
    private final Map<SourceDocument, Measured> measured = Collections.synchronizedMap(new WeakHashMap<>());

    /** A file's measure, and its warning against the limit {@code maxGrade} (null when within it). */
    record Measured(ReadingLevels.Row row, double maxGrade, Problem warning) {
    }

    public MeasuredLevels(KeptResults kept) {
        this.kept = kept;
    }

    /** The document's reading level (measured here, kept, or measured now) and its warning against {@code maxGrade}. */
    Measured of(SourceDocument doc, double maxGrade) {
        Measured known = measured.get(doc);
        if (known != null && known.maxGrade() == maxGrade) {
            return known;
        }
        ReadingLevels.Row row = known != null ? known.row() : measure(doc);
        Measured made = new Measured(row, maxGrade, ReadingLevels.warning(row, maxGrade));
        measured.put(doc, made);
        return made;
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
