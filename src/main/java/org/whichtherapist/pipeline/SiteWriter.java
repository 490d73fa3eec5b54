package org.whichtherapist.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.whichtherapist.check.BuiltPages;
import org.whichtherapist.render.BakeTarget;

/**
 * Where a build bakes and how the checked site reaches its place: a staging folder that replaces the
 * output ({@link StagedOutput}), or the preview's work folder, copied to the served one (in preview/).
 */
public interface SiteWriter {

    /** The folder to bake into: empty for a whole bake; else holding the last bake, or completed from it by {@link #baked}. */
    Path bakeFolder(BuildContext context, boolean whole) throws IOException;

    /**
     * For a whole bake, asked after {@link #bakeFolder}: the last complete site, if any, whose files the bake's
     * outputs with the same bytes become second names for (a link, not a new file).
     */
    Optional<Path> lastSite(BuildContext context) throws IOException;

    /** A stamp of the folder holding the last bake, which the ledger's record must match; "" when there is none. */
    String stamp(BuildContext context) throws IOException;

    /**
     * Whether only bakes write the bake folder, so files older than this build's bake are as the last build
     * left them (the checks need not read them again) and it holds the bake as soon as it is baked.
     */
    boolean onlyBakesWrite();

    /** The bake finished: the bake folder is to hold a whole bake on return. */
    default void baked(BuildContext context, BakeTarget target) throws IOException {
    }

    /** The build stopped before {@link #write}. */
    void abandon(BakeTarget target) throws IOException;

    /** Every check passed on {@code built}, the bake folder as the checks read it: puts the site in its place. */
    Published write(BuildContext context, BakeTarget target, BuiltPages built) throws IOException;

    /**
     * A site put in place: how many files it has, and its {@link #stamp} when the checks' reading of it gives it (no
     * file was written since), so the folder is not walked again.
     */
    record Published(int files, Optional<String> stamp) {
    }
}
