package org.whichtherapist.pipeline;

import java.io.IOException;
import java.nio.file.Path;

import org.whichtherapist.health.SiteData;
import org.whichtherapist.core.Problems;
import org.whichtherapist.render.jbake.FreemarkerSetup;
import org.whichtherapist.render.jbake.JBakeBaker;
import org.whichtherapist.settings.SiteSettings;

/**
 * A project's settings, content folder and data files, read without building the site: what the
 * commands that only look at them ({@code ready}, {@code check-sources}) start from.
 *
 * @param project       the project folder, absolute
 * @param settings      jbake.properties
 * @param contentFolder where the pages and data files are
 * @param data          the data files (sources, people, care texts, who runs the site)
 * @param problems      what was wrong with the settings or the data files
 */
public record ProjectData(Path project, SiteSettings settings, Path contentFolder, SiteData data, Problems problems) {

    /** Reads them; a settings file that cannot be used leaves the data unread ({@code data} null). */
    public static ProjectData read(Path projectFolder) throws IOException {
        Path project = projectFolder.toAbsolutePath().normalize();
        SiteSettings settings = SiteSettings.read(project);
        Problems problems = settings.check();
        if (problems.hasErrors()) {
            return new ProjectData(project, settings, null, null, problems);
        }
        Path content = new JBakeBaker(project, settings, new FreemarkerSetup()).contentFolder();
        return new ProjectData(project, settings, content, SiteData.read(project, content, settings, problems), problems);
    }
}
