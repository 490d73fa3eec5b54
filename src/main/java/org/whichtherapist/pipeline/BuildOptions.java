package org.whichtherapist.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.whichtherapist.core.BuildMode;

/**
 * Everything one build needs to know.
 *
 * @param output where the finished site goes; replaced only when the build succeeds
 * @param clock  decides "today" for future-dated posts (tests pass a fixed one)
 */
public record BuildOptions(Path projectFolder, Path output, BuildMode mode, Clock clock) {

    public BuildOptions withMode(BuildMode newMode) {
        return new BuildOptions(projectFolder, output, newMode, clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
