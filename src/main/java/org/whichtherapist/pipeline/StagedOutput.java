package org.whichtherapist.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.whichtherapist.content.SiteContent;
import org.whichtherapist.core.BuildMode;
import org.whichtherapist.core.SiteFiles;
import org.whichtherapist.publish.OutputPublisher;
import org.whichtherapist.publish.Precompressor;
import org.whichtherapist.publish.SiteArchive;
import org.whichtherapist.render.BakeTarget;
import org.whichtherapist.settings.SiteSettings;

/**
 * A one-off build's output: everything is baked into a staging folder beside the output, which
 * then replaces it ({@link OutputPublisher}). A publish build also writes the .gz/.br copies when
 * site.precompress=true (started while the checks run, {@link Precompressor}) and site.zip, from
 * the staging folder before it takes the output's place.
 */
public final class StagedOutput implements SiteWriter {
    /** The last site.zip, kept so the next can copy the entries that did not change ({@link SiteArchive}). */
    public static final String LAST_ZIP = "target/zip-cache/site.zip";

    private final OutputPublisher publisher = new OutputPublisher();
    private Precompressor.Job compressing;
    private Precompressor.Result compressed = Precompressor.Result.NONE;

    @Override
    public BakeTarget plan(BuildContext context, SiteContent site, List<Path> sourceFolders) throws IOException {
        return BakeTarget.everything(publisher.stagingFolder(context.output()));
    }

    @Override
    public boolean onlyBakesWrite() {
        return false;
    }

    @Override
    public void baked(BakeTarget target, SiteContent site) {
        // nothing to remember: the next build starts afresh
    }

    @Override
    public void checking(BuildContext context, BakeTarget target) throws IOException {
        compressing = Precompressor.start(target.folder(), context.options().mode() == BuildMode.PUBLISH
                && context.settings().isTrue(SiteSettings.PRECOMPRESS), context.project());
    }

    @Override
    public void abandon(BakeTarget target) throws IOException {
        if (compressing != null) {
            compressing.close();
        }
        publisher.discard(target.folder());
    }

    @Override
    public int write(BuildContext context, BakeTarget target) throws IOException {
        if (compressing != null) {
            try (Precompressor.Job job = compressing) {
                compressed = job.finish();
            }
            context.times().lap("precompress");
        }
        if (context.options().mode() == BuildMode.PUBLISH) {
            new SiteArchive(context.project().resolve(LAST_ZIP)).write(target.folder(), SiteArchive.archiveOf(context.output()));
            context.times().lap("zip");
        }
        publisher.replace(target.folder(), context.output());
        return SiteFiles.all(context.output()).size();
    }

    @Override
    public Precompressor.Result compression() {
        return compressed;
    }
}
