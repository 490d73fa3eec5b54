package org.whichtherapist.render;

import java.nio.file.Path;

/** Where a bake writes, which outputs it renders, and where each output's reads of page bodies are recorded. */
public record BakeTarget(Path folder, BakeScope scope, BodyDependencies dependencies) {

    /** Every output, into {@code folder}. */
    public static BakeTarget everything(Path folder) {
        return new BakeTarget(folder, BakeScope.everything(), new BodyDependencies());
    }
}
