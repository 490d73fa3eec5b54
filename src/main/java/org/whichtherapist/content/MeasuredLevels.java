package org.whichtherapist.content;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.whichtherapist.core.KeptResults;

/**
 * The reading levels one build memory has measured, by document: the preview gets the same
 * document back for a file that did not change, so a save measures one page, not every page again.
 * Each measure is also kept in {@code kept} for builds in later processes. Held by one memory, not
 * by the process: a one-off build finds (and so keeps on disk) every measure it uses, whatever
 * other builds ran in the same Java process.
 */
public final class MeasuredLevels {
    private final KeptResults kept;
    /** A document no longer used is forgotten. */
    private final Map<SourceDocument, ReadingLevels.Row> measured = Collections.synchronizedMap(new WeakHashMap<>());

    public MeasuredLevels(KeptResults kept) {
        this.kept = kept;
    }

    /** The document's reading level, measured here, kept, or measured now. */
    ReadingLevels.Row of(SourceDocument doc) {
        ReadingLevels.Row known = measured.get(doc);
        if (known != null) {
            return known;
        }
        String key = kept.key("reading level", doc.path(), String.valueOf(doc.frontMatter().bodyLine()), doc.body());
        ReadingLevels.Row row = kept.get(key, ReadingLevels.Row.class).orElseGet(() -> {
            ReadingLevels.Row made = new ReadingLevels.Row(doc.path(),
                    ReadingLevel.of(doc.body(), doc.frontMatter().bodyLine()));
            kept.put(key, made);
            return made;
        });
        measured.put(doc, row);
        return row;
    }
}
