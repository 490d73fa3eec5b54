package org.whichtherapist.bake;

import java.util.Set;
import java.util.function.Predicate;

/**
 * What one bake writes: everything (a fresh folder, assets copied), or only some parts over a
 * folder that already holds the last bake (see {@link BodyDependencies} for the part names).
 *
 * @param renders    which parts to render
 * @param copyAssets whether to copy assets/ and the files next to pages
 */
public record BakeScope(Predicate<String> renders, boolean copyAssets) {

    public static BakeScope everything() {
        return new BakeScope(part -> true, true);
    }

    public static BakeScope only(Set<String> parts) {
        return new BakeScope(parts::contains, false);
    }
}
