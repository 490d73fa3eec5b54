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
 * then replaces it ({@link OutputPublisher}). A publish build also writes the .gz/.br copies (unless
 * site.precompress=false) and site.zip.
 */
public final class StagedOutput implements SiteWriter {
    private final OutputPublisher publisher = new OutputPublisher();

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
    public void abandon(BakeTarget target) throws IOException {
        publisher.discard(target.folder());
    }

    @Override
    public int write(BuildContext context, BakeTarget target) throws IOException {
        boolean publishing = context.options().mode() == BuildMode.PUBLISH;
        if (publishing && context.settings().isOnUnlessFalse(SiteSettings.PRECOMPRESS)) {
            new Precompressor().compress(target.folder());
            context.times().lap("precompress");
        }
        publisher.replace(target.folder(), context.output());
        if (publishing) {
            new SiteArchive().write(context.output());
        }
        return SiteFiles.all(context.output()).size();
    }
}
