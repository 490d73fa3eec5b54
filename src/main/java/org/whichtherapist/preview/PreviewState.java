package org.whichtherapist.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.whichtherapist.render.BakeScope;
import org.whichtherapist.render.BakeTarget;
import org.whichtherapist.render.BodyDependencies;
import org.whichtherapist.content.Page;
import org.whichtherapist.content.SiteContent;
import org.whichtherapist.ledger.FileStamp;
import org.whichtherapist.core.FolderRemover;
import org.whichtherapist.publish.OutputPublisher;

/**
 * What the preview remembers between builds, so that saving the text of an article renders only
 * the outputs that show that text. The preview bakes into a work folder of its own (next to the
 * served folder) that always holds the last bake; this object knows which pages and which
 * templates, assets and settings ({@link org.whichtherapist.pipeline.SourceInputs}) that bake was made from, and whose body
 * each output read ({@link BodyDependencies}).
 * <p>
 * A partial bake is chosen only when the same pages exist with the same front matter and the same
 * inputs; then only bodies changed, and the outputs that read none of them are unchanged. Anything
 * else (a new, removed or renamed page, a changed title, date or tag, a template, an asset, a
 * setting, a failed bake) bakes everything again.
 */
public final class PreviewState {
    private Map<String, Page> pages;
    private Map<Path, FileStamp> inputs;
    private BodyDependencies dependencies;

    /** The folder the preview bakes into, beside the served one. */
    public static Path workFolder(Path output) {
        return output.resolveSibling("." + output.getFileName() + "-work");
    }

    /** What to bake for {@code site}, made from {@code currentInputs}, into the work folder. */
    public BakeTarget plan(SiteContent site, Map<Path, FileStamp> currentInputs, Path work) throws IOException {
        Optional<Set<String>> changed = changedBodies(site, currentInputs);
        if (changed.isPresent() && Files.isDirectory(work)) {
            return new BakeTarget(work, BakeScope.only(dependencies.partsReading(changed.get())), dependencies);
        }
        forget();
        if (Files.exists(work)) {
            FolderRemover.remove(OutputPublisher.movedAside(work));
        }
        Files.createDirectories(work);
        return BakeTarget.everything(work);
    }

    /** The work folder now holds a bake of {@code site} from {@code currentInputs}. */
    public void baked(SiteContent site, Map<Path, FileStamp> currentInputs, BodyDependencies recorded) {
        Map<String, Page> byUri = new HashMap<>();
        site.all().forEach(page -> byUri.put(page.uri(), page));
        this.pages = byUri;
        this.inputs = currentInputs;
        this.dependencies = recorded;
    }

    /** The work folder cannot be trusted (a bake stopped half way): the next build bakes everything. */
    public void forget() {
        pages = null;
        inputs = null;
        dependencies = null;
    }

    /** The pages whose body alone changed, or empty when something else changed too. */
    private Optional<Set<String>> changedBodies(SiteContent site, Map<Path, FileStamp> currentInputs) {
        if (pages == null || !currentInputs.equals(inputs) || site.all().size() != pages.size()) {
            return Optional.empty();
        }
        Set<String> changed = new HashSet<>();
        for (Page page : site.all()) {
            Page before = pages.get(page.uri());
            if (before == null || !before.data().equals(page.data())
                    || !before.source().contentPath().equals(page.source().contentPath())) {
                return Optional.empty();
            }
            if (!before.body().equals(page.body())) {
                changed.add(page.uri());
            }
        }
        return Optional.of(changed);
    }
}
