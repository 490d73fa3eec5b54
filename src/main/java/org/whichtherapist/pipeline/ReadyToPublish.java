package org.whichtherapist.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.whichtherapist.health.CheckedPages;
import org.whichtherapist.health.PublishReadiness;
import org.whichtherapist.ledger.KeptResults;
import org.whichtherapist.core.Problem;
import org.whichtherapist.core.Problems;
import org.whichtherapist.settings.SiteSettings;
import org.whichtherapist.source.ContentLoader;

/**
 * Whether the site may go live at its {@code site.host}, without building it: what a build for that address
 * would refuse ({@link PublishReadiness}), in the same words, and an address that is itself an example.
 */
public final class ReadyToPublish {
    private ReadyToPublish() {
    }

    /** Everything to fill in before the site can go live at its address; empty when it is ready. */
    public static List<Problem> check(Path projectFolder) throws IOException {
        ProjectData project = ProjectData.read(projectFolder);
        if (project.data() == null) {
            return project.problems().errors();
        }
        SiteSettings settings = project.settings();
        Problems notReady = project.problems();
        if (!settings.isRealAddress()) {
            notReady.error(settings.problem(SiteSettings.ADDRESS, "site.host is " + settings.address()
                    + ", an example address, not the site's own", "write the address the site will live at, or"
                    + " give it to the command: -Dsite.host=https://owner.github.io/which-therapist/"));
        }
        PublishReadiness.check(project.data(), settings,
                new ContentLoader(project.project()).load(project.contentFolder()).documents(),
                new CheckedPages(KeptResults.NONE)).forEach(notReady::error);
        return notReady.errors();
    }
}
