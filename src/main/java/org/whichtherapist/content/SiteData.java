package org.whichtherapist.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.whichtherapist.core.Problems;
import org.whichtherapist.settings.SiteSettings;

/**
 * What pages draw on besides their own file: the references ({@link SourceRecords}), the
 * authors and reviewers ({@link People}), the urgent-care text ({@link Snippet}), the owner's
 * settings for reviews and reading level ({@link HealthSettings}), and the owner's words for the
 * search ({@link SearchWords}).
 */
public record SiteData(SourceRecords sources, People people, Optional<Snippet> urgentCare, HealthSettings settings,
                       SearchWords search) {

    /** Reads the data files under {@code contentFolder}; their problems go to {@code problems}. */
    public static SiteData read(Path project, Path contentFolder, SiteSettings siteSettings, Problems problems)
            throws IOException {
        Path sources = contentFolder.resolve(SourceRecords.FILE);
        Path people = contentFolder.resolve(People.FILE);
        Path urgentCare = contentFolder.resolve(Snippet.URGENT_CARE);
        Path search = contentFolder.resolve(SearchWords.FILE);
        return new SiteData(SourceRecords.read(sources, ContentLoader.relative(project, sources), problems),
                People.read(people, ContentLoader.relative(project, people), problems),
                Snippet.read(urgentCare, ContentLoader.relative(project, urgentCare), Snippet.URGENT_CARE, problems),
                HealthSettings.read(siteSettings, problems),
                SearchWords.read(search, ContentLoader.relative(project, search), problems));
    }

    /** The ids of the sources behind the urgent-care text, or none. */
    public java.util.List<String> urgentCareSources() {
        return urgentCare.map(Snippet::sources).orElse(java.util.List.of());
    }
}
