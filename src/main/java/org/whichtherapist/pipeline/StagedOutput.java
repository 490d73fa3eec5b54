package org.whichtherapist.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.whichtherapist.check.BuiltPages;
import org.whichtherapist.core.SiteFiles;
import org.whichtherapist.ledger.FileStamp;
import org.whichtherapist.publish.OutputPublisher;
import org.whichtherapist.publish.Precompressor;
import org.whichtherapist.render.BakeTarget;

/**
 * A one-off build's output: baked into a staging folder beside the output, which then replaces it
 * ({@link OutputPublisher}); a partial bake gets the last site's other files as hard links after the
 * bake (JBake writes into any file it finds; later stages write afresh, {@link SiteFiles#write}). The last site
 * is the output, or when that was removed, the earlier site the publisher kept beside it.
 */
public final class StagedOutput implements SiteWriter {
    private final OutputPublisher publisher = new OutputPublisher();

    @Override
    public Path bakeFolder(BuildContext context, boolean whole) throws IOException {
        return publisher.stagingFolder(context.output());
    }

    /** The published site, which the staging folder will replace, or if it was removed, the earlier site kept. */
    @Override
    public Optional<Path> lastSite(BuildContext context) {
        return Stream.of(context.output(), OutputPublisher.earlierSite(context.output())).filter(Files::isDirectory)
                .findFirst();
    }

    /** The last site's stamp, named by the output (the earlier site kept was the output when its record was made). */
    @Override
    public String stamp(BuildContext context) throws IOException {
        Optional<Path> last = lastSite(context);
        return last.isPresent() ? context.output() + " " + FileStamp.of(last.get(), SiteFiles.found(last.get())) : "";
    }

    @Override
    public boolean onlyBakesWrite() {
        return false;
    }

    @Override
    public void baked(BuildContext context, BakeTarget target) throws IOException {
        if (!target.scope().whole()) {
            Path last = lastSite(context).orElseThrow();
            boolean compressed = context.precompresses();
            SiteFiles.fillIn(target.folder(), last, path -> !(compressed && Precompressor.isCopy(last, path)));
        }
    }

    @Override
    public void abandon(BakeTarget target) throws IOException {
        publisher.discard(target.folder());
    }

    @Override
    public Published write(BuildContext context, BakeTarget target, BuiltPages built) throws IOException {
        if (publisher.replace(target.folder(), context.output())) {
            context.memory().ledger.setAside();
        }
        if (context.precompresses()) { // the .gz and .br copies were written beside the checks' reading
            return new Published(SiteFiles.all(context.output()).size(), Optional.empty());
        }
        return new Published(built.found().size(),
                Optional.of(context.output() + " " + FileStamp.of(built.folder(), built.found())));
    }
}
