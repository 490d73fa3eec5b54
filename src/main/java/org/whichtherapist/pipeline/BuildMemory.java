package org.whichtherapist.pipeline;

import org.whichtherapist.check.PageScanner;
import org.whichtherapist.check.PageWeigher;
import org.whichtherapist.content.ContentCache;
import org.whichtherapist.content.ContentValidator;
import org.whichtherapist.markdown.MarkdownCache;
import org.whichtherapist.markdown.MarkdownRenderer;
import org.whichtherapist.render.SearchIndex;
import org.whichtherapist.render.jbake.FreemarkerSetup;

/**
 * What a build may reuse from an earlier build of the same project: files read and parsed, pages
 * checked, Markdown rendered, built pages scanned and weighed, templates parsed, pages cut into search words. Each gives exactly what a
 * fresh one would. A one-off build ({@link SiteBuild#run(BuildOptions)}) starts with a new, empty
 * memory and forgets it; the preview keeps one between saves.
 */
public final class BuildMemory {
    private final ContentCache loadedContent = new ContentCache();
    private final ContentValidator validator = new ContentValidator();
    private final PageScanner scanner = new PageScanner();
    private final FreemarkerSetup freemarker = new FreemarkerSetup();
    private final SearchIndex searchIndex = new SearchIndex();
    private final PageWeigher weigher = new PageWeigher();
    private MarkdownCache markdown;

    ContentCache loadedContent() {
        return loadedContent;
    }

    ContentValidator validator() {
        return validator;
    }

    PageScanner scanner() {
        return scanner;
    }

    FreemarkerSetup freemarker() {
        return freemarker;
    }

    SearchIndex searchIndex() {
        return searchIndex;
    }

    PageWeigher weigher() {
        return weigher;
    }

    /** The Markdown kept from earlier builds, unless site.trusted_html changed since. */
    synchronized MarkdownCache markdown(boolean trustedHtml) {
        if (markdown == null || markdown.renderer().trustsHtml() != trustedHtml) {
            markdown = new MarkdownCache(new MarkdownRenderer(trustedHtml));
        }
        return markdown;
    }
}
