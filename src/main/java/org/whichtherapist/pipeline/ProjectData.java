package org.whichtherapist.pipeline;

import java.io.IOException;
import java.nio.file.Path;

import org.whichtherapist.health.SiteData;
import org.whichtherapist.core.Problems;
import org.whichtherapist.render.jbake.FreemarkerSetup;
import org.whichtherapist.render.jbake.JBakeBaker;
import org.whichtherapist.settings.SiteSettings;

/**
 * A project's settings, content folder and data files, read without building the site, for {@code ready} and
 * {@code check-sources}; {@code problems}: what was wrong with the settings or the data files.
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
