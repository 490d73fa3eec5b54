package org.whichtherapist.health;

import org.whichtherapist.source.ContentLoader;
import java.io.IOException;
import java.nio.file.Path;

import org.whichtherapist.core.Problems;
import org.whichtherapist.settings.SiteSettings;

/** What health pages draw on besides their own file. */
public record SiteData(SourceRecords sources, People people, CareTexts care, HealthSettings settings, SiteOwner owner) {

    /** Reads the data files under {@code contentFolder}; their problems go to {@code problems}. */
    public static SiteData read(Path project, Path contentFolder, SiteSettings siteSettings, Problems problems)
            throws IOException {
        Path sources = contentFolder.resolve(SourceRecords.FILE);
        Path people = contentFolder.resolve(People.FILE);
        return new SiteData(SourceRecords.read(sources, ContentLoader.relative(project, sources), problems),
                People.read(people, ContentLoader.relative(project, people), problems),
                CareTexts.read(project, contentFolder, problems),
                HealthSettings.read(siteSettings, problems),
                SiteOwner.read(project, contentFolder, problems));
    }
}
