package org.whichtherapist.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.whichtherapist.content.SiteContent;
import org.whichtherapist.core.BuildMode;
import org.whichtherapist.ledger.KeptResults;
import org.whichtherapist.core.SiteFiles;
import org.whichtherapist.publish.OutputPublisher;
import org.whichtherapist.publish.Precompressor;
import org.whichtherapist.publish.SiteArchive;
import org.whichtherapist.render.BakeScope;
import org.whichtherapist.render.BakeTarget;
import org.whichtherapist.render.BodyDependencies;
import org.whichtherapist.settings.SiteSettings;
import org.whichtherapist.ledger.TargetFolders;

/**
 * A one-off build's output: the site is baked into a staging folder beside the output, which then
 * replaces it ({@link OutputPublisher}). When only the text of some pages changed since the last
 * build into the same output ({@link LastBake}, kept in {@link KeptResults}), only the parts showing
 * that text are baked, into the empty staging folder, which then gets the last output's other files
 * as hard links. JBake writes into any file it finds, so it bakes before the links are made; the
 * later stages write a file afresh rather than into it ({@link SiteFiles#write}); so the last output
 * stays as it was until it is replaced. A publish build also writes the .gz/.br copies
 * when site.precompress=true (started while the checks run, {@link Precompressor}) and site.zip,
 * from the staging folder before it takes the output's place.
 */
public final class StagedOutput implements SiteWriter {

    private final OutputPublisher publisher = new OutputPublisher();
    private Precompressor.Job compressing;
    private Precompressor.Result compressed = Precompressor.Result.NONE;
    /** {@link LastBake#inputs} of this build, and its pages. */
    private String inputs;
    private LastBake.Pages pages;
    /** For a bake of some parts only: the last output, whose other files complete it; and whether .gz/.br copies are made. */
    private Path fillFrom;
    private boolean precompressed;

    @Override
    public BakeTarget plan(BuildContext context, SiteContent site, List<Path> sourceFolders) throws IOException {
        Path staging = publisher.stagingFolder(context.output());
        KeptResults kept = context.memory().kept();
        if (!kept.keeps()) {
            return BakeTarget.everything(staging);
        }
        inputs = LastBake.inputs(context, sourceFolders);
        pages = LastBake.Pages.of(site);
        Optional<LastBake> last = kept.get(LastBake.key(kept), LastBake.class);
        Optional<Set<String>> changed = last.isPresent()
                ? last.get().changedBodies(inputs, pages, context.output()) : Optional.empty();
        if (changed.isEmpty()) {
            return BakeTarget.everything(staging);
        }
        fillFrom = context.output();
        precompressed = precompresses(context);
        BodyDependencies dependencies = new BodyDependencies(last.get().dependencies());
        return new BakeTarget(staging, BakeScope.only(dependencies.partsReading(changed.get())), dependencies);
    }

    @Override
    public boolean onlyBakesWrite() {
        return false;
    }

    @Override
    public void baked(BakeTarget target, SiteContent site) throws IOException {
        if (fillFrom != null) {
            // Linked in after the bake, so that nothing the bake writes can be a link to the last output;
            // the .gz/.br copies are made again from their own cache, for every file that has them.
            Path last = fillFrom;
            SiteFiles.fillIn(target.folder(), last, path -> !(precompressed && Precompressor.isCopy(last, path)));
        }
    }

    @Override
    public void checking(BuildContext context, BakeTarget target) throws IOException {
        compressing = Precompressor.start(target.folder(), precompresses(context), context.project());
    }

    private static boolean precompresses(BuildContext context) {
        return context.options().mode() == BuildMode.PUBLISH && context.settings().isTrue(SiteSettings.PRECOMPRESS);
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
            new SiteArchive(new TargetFolders(context.project()).lastZip()).write(target.folder(), SiteArchive.archiveOf(context.output()));
            context.times().lap("zip");
        }
        publisher.replace(target.folder(), context.output());
        KeptResults kept = context.memory().kept();
        if (kept.keeps()) {
            kept.put(LastBake.key(kept),
                    LastBake.of(inputs, pages, target.dependencies(), context.output()));
        }
        return SiteFiles.all(context.output()).size();
    }

    @Override
    public Precompressor.Result compression() {
        return compressed;
    }
}
