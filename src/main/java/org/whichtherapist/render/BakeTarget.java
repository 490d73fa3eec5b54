package org.whichtherapist.render;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a bake writes, which outputs it renders, where each output's reads of page bodies are recorded, and the
 * last complete site, whose file an output with the same bytes becomes a second name for.
 */
public record BakeTarget(Path folder, BakeScope scope, BodyDependencies dependencies, Optional<Path> lastSite) {

    /** Every output, into {@code folder}, reusing {@code lastSite}'s files where the bytes are the same. */
    public static BakeTarget everything(Path folder, Optional<Path> lastSite) {
        return new BakeTarget(folder, BakeScope.everything(), new BodyDependencies(), lastSite);
    }
}
