package org.whichtherapist.preview;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.whichtherapist.content.SiteContent;
import org.whichtherapist.ledger.FileStamp;
import org.whichtherapist.pipeline.BuildContext;
import org.whichtherapist.pipeline.SourceInputs;
import org.whichtherapist.pipeline.SiteWriter;
import org.whichtherapist.render.BakeTarget;
import org.whichtherapist.settings.SiteSettings;

/**
 * The preview's output: it bakes into a work folder it keeps ({@link PreviewState}), so that after a
 * save that changed only the text of some pages only the outputs showing that text are rendered
 * again; the served folder then gets the files that changed ({@link PreviewMirror}).
 */
final class PreviewOutput implements SiteWriter {
    private final PreviewState state = new PreviewState();
    private final PreviewMirror mirror = new PreviewMirror();
    /** What this build's bake is made from, and whether it finished. */
    private Map<Path, FileStamp> inputs;
    private boolean baked;

    @Override
    public BakeTarget plan(BuildContext context, SiteContent site, List<Path> sourceFolders) throws IOException {
        inputs = SourceInputs.fingerprint(context.project().resolve(SiteSettings.FILE), sourceFolders, ".md");
        baked = false;
        return state.plan(site, inputs, PreviewState.workFolder(context.output()));
    }

    @Override
    public boolean onlyBakesWrite() {
        return true;
    }

    @Override
    public void baked(BakeTarget target, SiteContent site) {
        state.baked(site, inputs, target.dependencies());
        baked = true;
    }

    @Override
    public void abandon(BakeTarget target) {
        if (!baked) {
            state.forget(); // a bake stopped half way: the work folder cannot be trusted
        }
    }

    @Override
    public int write(BuildContext context, BakeTarget target) throws IOException {
        return mirror.mirror(target.folder(), context.output());
    }
}
