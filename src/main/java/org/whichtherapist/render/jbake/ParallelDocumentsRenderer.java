package org.whichtherapist.render.jbake;

import java.io.File;
import java.util.List;
import java.util.Objects;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import org.whichtherapist.render.BodyReads;
import org.whichtherapist.render.BakeScope;
import org.whichtherapist.render.BodyDependencies;

/**
 * Writes every content page, as JBake's own {@code DocumentsRenderer} does (each page gets the
 * nearest published newer and older page of its type as {@code content.nextContent} and
 * {@code content.previousContent}), but on all cores at once: pages do not depend on each other.
 * Problems are reported in page order, whichever thread met them. Only the pages the
 * {@link BakeScope} names are rendered; each records in {@link BodyDependencies} whose bodies it read.
 */
final class ParallelDocumentsRenderer implements RenderingTool {
    private final BakeScope scope;
    private final BodyDependencies dependencies;

    ParallelDocumentsRenderer(BakeScope scope, BodyDependencies dependencies) {
        this.scope = scope;
        this.dependencies = dependencies;
    }

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        List<DocumentModel> documents = db.getUnrenderedContent().stream()
                .filter(document -> scope.renders().test(BodyDependencies.pagePart(document.getUri()))).toList();
        List<String> errors = documents.parallelStream().map(document -> {
            BodyReads.Recorded<String> rendered = BodyReads.recording(() -> renderPage(renderer, db, document));
            dependencies.record(BodyDependencies.pagePart(document.getUri()), rendered.bodiesRead());
            return rendered.result();
        }).filter(Objects::nonNull).toList();
        if (!errors.isEmpty()) {
            throw new RenderingException("Failed to render documents. Cause(s):\n" + String.join("\n", errors));
        }
        return documents.size();
    }

    /** Renders one page; returns what went wrong, or null. */
    private static String renderPage(Renderer renderer, ContentStore db, DocumentModel document) {
        try {
            DocumentList<DocumentModel> sameType = db.getAllContent(document.getType());
            int position = sameType.indexOf(document);
            document.setNextContent(nearestPublished(sameType, position, -1));
            document.setPreviousContent(nearestPublished(sameType, position, +1));
            renderer.render(document);
            return null;
        } catch (Exception e) {
            return e.getMessage();
        }
    }

    /** The first published document from {@code position} in {@code step}s, as a title-and-address model. */
    private static DocumentModel nearestPublished(List<DocumentModel> sameType, int position, int step) {
        if (position < 0) {
            return null;
        }
        for (int i = position + step; i >= 0 && i < sameType.size(); i += step) {
            DocumentModel candidate = sameType.get(i);
            if (ModelAttributes.Status.PUBLISHED.equals(candidate.getStatus())) {
                DocumentModel nav = new DocumentModel();
                nav.setNoExtensionUri(candidate.getNoExtensionUri());
                nav.setUri(candidate.getUri());
                nav.setTitle(candidate.getTitle());
                return nav;
            }
        }
        return null;
    }

    @Override
    @SuppressWarnings("deprecation") // JBake's RenderingTool still declares it
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) throws RenderingException {
        return render(renderer, db, null);
    }
}
