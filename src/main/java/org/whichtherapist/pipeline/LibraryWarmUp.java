package org.whichtherapist.pipeline;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.whichtherapist.schema.ContentValidator;
import org.whichtherapist.source.FrontMatterParser;
import org.whichtherapist.content.Page;
import org.whichtherapist.source.SourceDocument;
import org.whichtherapist.markdown.MarkdownRenderer;
import org.whichtherapist.markdown.PageLinks;

/**
 * Reads one small made-up page (YAML, Markdown, jsoup) on a spare core while JBake reads its settings, so the
 * first page does not wait for those libraries' classes to load; once per JVM, and nothing reaches the site.
 */
final class LibraryWarmUp {
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final String PAGE = """
            ---
            title: "Warm-up: a page nobody sees"
            type: article
            status: draft
            date: 2026-01-31
            menu: 1
            tags: [warm up, yaml]
            situations:
              - id: one
                see: nobody
            ---

            ## A heading {#heading}

            "Quotes" -- *emphasis*, **strong**, ~~struck~~, `code` and https://www.example.com/.[^1]

            [^1]: A footnote.

            | A | B |
            |---|---|
            | 1 | 2 |

            - a [link](other.md#part)
            - an item

            Term
            : Definition.

            !!! info "A callout"
                Text.
            """;

    private LibraryWarmUp() {
    }

    /** Starts warming up, the first time only; the future completes when it is done. */
    static CompletableFuture<Void> start(MarkdownRenderer markdown) {
        if (!STARTED.compareAndSet(false, true)) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                readPage(markdown);
            } catch (Exception | LinkageError e) {
                // only a head start: the build itself reports anything that is really wrong
            } finally {
                done.complete(null);
            }
        }, "library-warm-up");
        thread.setDaemon(true);
        thread.start();
        return done;
    }

    private static void readPage(MarkdownRenderer markdown) throws FrontMatterParser.HeaderException {
        SourceDocument page = new SourceDocument("content/warm-up.md", "warm-up.md",
                new FrontMatterParser().parse("content/warm-up.md", PAGE));
        new ContentValidator().validate(List.of(page));
        Page.of(page, markdown.render(page, PageLinks.NONE));
    }
}
