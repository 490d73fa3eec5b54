package org.whichtherapist.render;

import java.util.Set;
import java.util.function.Predicate;

/**
 * What one bake writes: everything (a fresh folder, assets copied), or only some parts over a
 * folder that already holds the last bake (see {@link BodyDependencies} for the part names).
 *
 * @param renders which parts to render
 * @param whole   a whole bake: into an empty folder, assets/ and the files next to pages copied,
 *                templates read afresh
 */
public record BakeScope(Predicate<String> renders, boolean whole) {

    public static BakeScope everything() {
        return new BakeScope(part -> true, true);
    }

    public static BakeScope only(Set<String> parts) {
        return new BakeScope(parts::contains, false);
    }
}
