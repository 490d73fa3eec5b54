package org.whichtherapist.content;

import java.time.LocalDate;
import java.util.List;
import org.whichtherapist.core.BuildMode;


/** Decides which pages a build writes: drafts only in the preview, dated pages once their day has come. */
public record ContentSelection(BuildMode mode, LocalDate today) {

    public boolean includes(SourceDocument doc) {
        if (mode.includesDrafts()) {
            return true;
        }
        return !doc.isDraft() && !doc.date().isAfter(today);
    }

    public List<SourceDocument> select(List<SourceDocument> all) {
        return all.stream().filter(this::includes).toList();
    }
}
