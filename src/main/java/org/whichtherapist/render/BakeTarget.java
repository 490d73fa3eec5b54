package org.whichtherapist.render;

import java.nio.file.Path;

/**
 * Where a bake writes and what: a whole bake writes every output; the preview's partial bake only
 * the parts that read a changed page. Whose body each output read is recorded in
 * {@code dependencies} as it is rendered.
 *
 * @param folder       the folder the bake writes into
 * @param scope        which outputs to render
 * @param dependencies where each output's reads of page bodies are recorded
 */
public record BakeTarget(Path folder, BakeScope scope, BodyDependencies dependencies) {

    /** Every output, into {@code folder}. */
    public static BakeTarget everything(Path folder) {
        return new BakeTarget(folder, BakeScope.everything(), new BodyDependencies());
    }
}
