package org.whichtherapist.pipeline;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.whichtherapist.check.LinkCheck;
import org.whichtherapist.check.PageScanner;
import org.whichtherapist.source.ContentCache;
import org.whichtherapist.schema.ContentValidator;
import org.whichtherapist.health.CheckedPages;
import org.whichtherapist.ledger.BakeLedger;
import org.whichtherapist.ledger.KeptResults;
import org.whichtherapist.ledger.PerObject;
import org.whichtherapist.content.Page;
import org.whichtherapist.markdown.MarkdownCache;
import org.whichtherapist.markdown.MarkdownRenderer;
import org.whichtherapist.publish.EditorConfig;
import org.whichtherapist.render.SearchIndex;
import org.whichtherapist.render.jbake.FreemarkerSetup;

/**
 * What a build may reuse from an earlier build of the same project, each giving exactly what a fresh one would;
 * a one-off build starts with an empty memory, the preview keeps one between saves.
 */
public final class BuildMemory {
    final KeptResults kept;
    final BakeLedger ledger;
    final ContentCache loadedContent;
    final ContentValidator validator = new ContentValidator();
    final PageScanner scanner;
    /** What the link check found on each page. */
    final LinkCheck.Memory links = new LinkCheck.Memory();
    final CheckedPages checkedPages;
    final FreemarkerSetup freemarker = new FreemarkerSetup();
    final SearchIndex searchIndex;
    /** The editor's configuration as last written. */
    final EditorConfig.Memory editor;
    /** Each page's fingerprints in the bake's ledger, by page ({@link BakePlan}). */
    final PerObject<Page, String, BakePlan.PageFingerprints> pageFingerprints = new PerObject<>();
    private MarkdownCache markdown;
    private Optional<Set<Path>> changed = Optional.empty();

    /** A memory of this process only. */
    public BuildMemory() {
        this(KeptResults.NONE);
    }

    /** A memory that also reads and keeps the slower steps' results in {@code kept}, for builds in later processes. */
    public BuildMemory(KeptResults kept) {
        this.kept = kept;
        this.loadedContent = new ContentCache(kept);
        this.ledger = new BakeLedger(kept);
        this.scanner = new PageScanner(kept);
        this.checkedPages = new CheckedPages(kept);
        this.searchIndex = new SearchIndex(kept);
        this.editor = new EditorConfig.Memory(kept);
    }

    /** The paths the preview's watcher saw change before the next build (empty: not known, every stamp is read). */
    public void changed(Optional<Set<Path>> paths) {
        changed = paths;
    }

    /** What {@link #changed} said, once: the build after uses it, later ones read every stamp. */
    synchronized Optional<Set<Path>> takeChanged() {
        Optional<Set<Path>> paths = changed;
        changed = Optional.empty();
        return paths;
    }

    /** The Markdown kept from earlier builds, unless site.trusted_html changed since. */
    synchronized MarkdownCache markdown(boolean trustedHtml) {
        if (markdown == null || markdown.renderer().trustsHtml() != trustedHtml) {
            markdown = new MarkdownCache(new MarkdownRenderer(trustedHtml), kept);
        }
        return markdown;
    }
}
