package org.whichtherapist.schema;

import org.whichtherapist.source.ContentType;
import org.whichtherapist.source.SourceDocument;
import java.time.LocalDate;
import java.util.List;
import org.whichtherapist.core.BuildMode;

/**
 * Which pages a build writes: drafts only in the preview, dated pages once their day has come. Pages made from
 * data are always written: their date is the record's last change, and bylines and the footer link to them.
 */
public record ContentSelection(BuildMode mode, LocalDate today) {
    public List<SourceDocument> select(List<SourceDocument> all) {
        return all.stream().filter(doc -> mode.includesDrafts() || !doc.isDraft() && (!doc.date().isAfter(today)
                || doc.type().filter(ContentType::isMadeFromData).isPresent())).toList();
    }
}
