package org.whichtherapist.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.whichtherapist.check.BuiltPages;
import org.whichtherapist.core.FolderRemover;
import org.whichtherapist.pipeline.BuildContext;
import org.whichtherapist.pipeline.SiteWriter;
import org.whichtherapist.publish.OutputPublisher;
import org.whichtherapist.render.BakeTarget;

/** The preview's output: bakes into a work folder it keeps, then copies what changed to the served folder ({@link PreviewMirror}). */
final class PreviewOutput implements SiteWriter {
    private final PreviewMirror mirror = new PreviewMirror();
    /**
     * The last work folder, moved aside for a whole bake, whose unchanged files the bake and the search index link;
     * removed when the build publishes or is abandoned.
     */
    private Optional<Path> lastWork = Optional.empty();

    @Override
    public Path bakeFolder(BuildContext context, boolean whole) throws IOException {
        Path work = PreviewSite.workFolder(context.output());
        if (whole && Files.exists(work)) {
            lastWork = Optional.of(OutputPublisher.movedAside(work));
        }
        Files.createDirectories(work);
        return work;
    }

    @Override
    public Optional<Path> lastSite(BuildContext context) {
        return lastWork;
    }

    @Override
    public void abandon(BakeTarget target) {
        removeLastWork();
    }

    private void removeLastWork() {
        lastWork.ifPresent(FolderRemover::remove);
        lastWork = Optional.empty();
    }

    @Override
    public String stamp(BuildContext context) {
        Path work = PreviewSite.workFolder(context.output());
        return Files.isDirectory(work) ? work.toString() : "";
    }

    @Override
    public boolean onlyBakesWrite() {
        return true;
    }

    @Override
    public Published write(BuildContext context, BakeTarget target, BuiltPages built) throws IOException {
        removeLastWork();
        return new Published(mirror.mirror(built, context.output()), Optional.empty());
    }
}
