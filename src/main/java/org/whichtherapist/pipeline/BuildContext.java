package org.whichtherapist.pipeline;

import java.nio.file.Path;

import org.whichtherapist.core.BuildMode;
import org.whichtherapist.settings.SiteSettings;

/**
 * What every stage of one build needs, in one place: what was asked for, the settings (read once), the
 * watchdog, the stage times and what may be reused from earlier builds.
 */
public record BuildContext(BuildOptions options, SiteSettings settings, BuildWatchdog watchdog, StageTimes times,
                           BuildMemory memory) {

    /** The project folder, absolute. */
    public Path project() {
        return options.projectFolder().toAbsolutePath().normalize();
    }

    /** Whether this build makes .gz/.br copies: only when publishing, with site.precompress=true. */
    public boolean precompresses() {
        return options.mode() == BuildMode.PUBLISH && settings.isTrue(SiteSettings.PRECOMPRESS);
    }

    /** Where the finished site goes, absolute. */
    public Path output() {
        return options.output().toAbsolutePath().normalize();
    }
}
