package org.whichtherapist.health;

import org.whichtherapist.source.SourceDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.whichtherapist.core.BuildMode;
import org.whichtherapist.core.Problems;
import org.whichtherapist.settings.SiteSettings;

/** The build's stage for health pages: reads {@link SiteData}, adds the pages made from data, and checks them. */
public final class HealthChecks {
    private final SiteData data;
    private ReadingLevels readingLevels;

    private HealthChecks(SiteData data) {
        this.data = data;
    }

    /** Reads the data under {@code contentFolder}; its problems go to {@code problems}. */
    public static HealthChecks read(Path project, Path contentFolder, SiteSettings settings, Problems problems)
            throws IOException {
        return new HealthChecks(SiteData.read(project, contentFolder, settings, problems));
    }

    public SiteData data() {
        return data;
    }

    /** The content files, and the pages made from data: the people's, and who runs the site ({@link DisclosurePages}). */
    public List<SourceDocument> withDataPages(List<SourceDocument> documents) {
        return Stream.of(documents, data.people().documents(), DisclosurePages.of(data)).flatMap(List::stream).toList();
    }

    /** Every document, drafts included: the sources and reviewers pages name. */
    public Problems checkReferences(List<SourceDocument> documents) {
        return new HealthReferences(data).check(documents);
    }

    /** The pages to be built: own urgent advice, review dates, source ages and reading level. */
    public Problems checkPages(List<SourceDocument> selected, BuildMode mode, LocalDate today, CheckedPages pages) {
        Problems problems = new ReviewDates(data.settings()).check(selected, mode, today);
        selected.forEach(doc -> problems.addAll(pages.ownUrgentAdvice(doc)));
        problems.addAll(data.sources().checkAges(today, data.settings().maxSourceAge()));
        readingLevels = ReadingLevels.of(selected, data.care().all(), data.settings().maxGrade(), pages);
        readingLevels.warnings().forEach(w -> problems.warn(w.file(), w.line(), w.message(), w.fix()));
        return problems;
    }

    /** The reading level table of the pages last checked. */
    public String readingLevelTable() {
        return readingLevels == null ? "" : readingLevels.table();
    }
}
