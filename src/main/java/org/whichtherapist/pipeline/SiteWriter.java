package org.whichtherapist.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.whichtherapist.content.SiteContent;
import org.whichtherapist.publish.Precompressor;
import org.whichtherapist.render.BakeTarget;

/**
 * Where a build bakes and how the checked site reaches its place. A one-off build bakes everything
 * into a staging folder that then replaces the output ({@link StagedOutput}); the preview bakes
 * into a work folder it keeps and copies what changed to the folder it serves (in preview/).
 */
public interface SiteWriter {

    /** Where to bake {@code site}, and which parts; the bake reads templates and assets from {@code sourceFolders}. */
    BakeTarget plan(BuildContext context, SiteContent site, List<Path> sourceFolders) throws IOException;

    /**
     * Whether files in the target folder that are older than this build's bake are as the last
     * build left them (true only for a folder that nothing but these bakes writes), so the checks
     * need not read them again.
     */
    boolean onlyBakesWrite();

    /** The bake finished: the target folder is to hold a whole bake of {@code site} on return. */
    void baked(BakeTarget target, SiteContent site) throws IOException;

    /**
     * The site is baked and its assets fingerprinted; the checks begin. A writer may start work on the
     * finished files meanwhile (the .gz/.br copies), to finish in {@link #write}.
     */
    default void checking(BuildContext context, BakeTarget target) throws IOException {
    }

    /** What {@link #write} did about .gz/.br copies. */
    default Precompressor.Result compression() {
        return Precompressor.Result.NONE;
    }

    /** The build stopped before {@link #write} (a bake or a check failed). */
    void abandon(BakeTarget target) throws IOException;

    /** Every check passed: puts the site in its place; returns how many files it has. */
    int write(BuildContext context, BakeTarget target) throws IOException;
}
