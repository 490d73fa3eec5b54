package org.whichtherapist.render.jbake;

import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.whichtherapist.source.ContentType;
import org.whichtherapist.content.Page;

/** Turns a {@link Page} into the document JBake stores and hands to templates as {@code content}. */
public final class DocumentModels {
    /** Front matter fields that JBake's own attributes replace. */
    private static final List<String> RESERVED = List.of("type", "status", "date", "tags", "body", "uri");

    private DocumentModels() {
    }

    public static DocumentModel from(Page page) {
        DocumentModel doc = new PageDocument();
        page.data().forEach((key, value) -> {
            if (!RESERVED.contains(key) && value != null) {
                doc.put(key, value);
            }
        });
        String uri = page.uri();
        doc.setTitle(page.title());
        doc.setType(page.source().type().map(ContentType::jbakeType).orElseThrow());
        doc.put("content_type", page.type());
        doc.put("id", page.id());
        // Drafts reach JBake only in the preview; "published" keeps their normal address there.
        doc.setStatus(ModelAttributes.Status.PUBLISHED);
        doc.put("draft", page.draft());
        doc.setDate(toDate(page));
        page.source().reviewed().ifPresent(d -> doc.put("reviewed", Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant())));
        doc.setTags(page.list("tags").stream().map(DocumentModels::tagSlug).toArray(String[]::new));
        doc.setBody(page.body());
        doc.setUri(uri);
        doc.setSourceUri(page.source().contentPath());
        doc.setFile(page.source().path());
        doc.setRootPath("../".repeat((int) uri.chars().filter(c -> c == '/').count()));
        doc.setSha1(Integer.toHexString(page.body().hashCode()));
        doc.setRendered(false);
        doc.setCached(true);
        doc.put(PageDocument.TOC, page.toc().stream()
                .map(entry -> Map.of("level", entry.level(), "id", entry.id(), "text", entry.text()))
                .toList());
        return doc;
    }

    /** Tag pages are written to {@code tags/<slug>.html}: spaces become hyphens. */
    public static String tagSlug(String tag) {
        return tag.strip().replace(' ', '-');
    }

    private static Date toDate(Page page) {
        return Date.from(page.date().atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
