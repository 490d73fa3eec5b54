package org.whichtherapist.content;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.whichtherapist.core.Problems;

/**
 * What a health page names outside itself: every id in {@code sources} is a record of
 * {@code content/_data/sources.yml}, a published page has at least one a reader can follow, its
 * reviewer has a registration; the urgent-care text's sources exist too; and a source no page
 * cites is worth a warning.
 */
public final class HealthReferences {
    private final SiteData data;

    public HealthReferences(SiteData data) {
        this.data = data;
    }

    public Problems check(Collection<SourceDocument> documents) {
        Problems problems = new Problems();
        Set<String> cited = new HashSet<>();
        for (SourceDocument doc : documents) {
            cited.addAll(doc.frontMatter().textList("sources"));
            if (doc.type().map(ContentType::isHealthContent).orElse(false)) {
                checkSources(doc, problems);
                checkReviewer(doc, problems);
            }
        }
        data.urgentCare().ifPresent(snippet -> {
            cited.addAll(snippet.sources());
            checkIds(snippet.document(), snippet.sources(), problems);
        });
        SourceRecords sources = data.sources();
        for (String id : sources.ids()) {
            if (!cited.contains(id)) {
                problems.warn(sources.path(), sources.lineOf(id), "the source '" + id + "' is not cited by any page",
                        "add it to the 'sources' of the pages it backs, or delete it");
            }
        }
        return problems;
    }

    private void checkSources(SourceDocument doc, Problems problems) {
        FrontMatter fm = doc.frontMatter();
        List<String> ids = fm.textList("sources");
        checkIds(doc, ids, problems);
        boolean followable = ids.stream().anyMatch(id -> data.sources().find(id).isPresent());
        // an id with no record is a problem of its own (checkIds): one message for one mistake
        if (fm.has("sources") && !followable && !doc.isDraft() && ids.stream().allMatch(data.sources()::isWritten)) {
            problems.error(doc.path(), fm.lineOf("sources"), "this health page has no source a reader can follow",
                    "list at least one id from " + data.sources().path() + ", e.g. sources: [nhs-physiotherapy]");
        }
    }

    private void checkIds(SourceDocument doc, List<String> ids, Problems problems) {
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (!data.sources().isWritten(id)) {
                problems.error(doc.path(), doc.frontMatter().lineOf("sources[" + i + "]"), "'sources' names '" + id
                                + "', which is not a source in " + data.sources().path(),
                        data.sources().closest(id).map(c -> "did you mean '" + c + "'? If not, add").orElse("add")
                                + " a record for it there (title, publisher, url, accessed)");
            }
        }
    }

    private void checkReviewer(SourceDocument doc, Problems problems) {
        doc.frontMatter().text("reviewer").flatMap(id -> data.people().find(id))
                .filter(person -> person.registration().isEmpty())
                .ifPresent(person -> problems.error(doc.path(), doc.frontMatter().lineOf("reviewer"), "the reviewer '"
                                + person.id() + "' has no registration in content/" + People.FILE,
                        "a health page is reviewed by a registered professional: add their 'registration'"
                                + " (e.g. HCPC-registered physiotherapist, with their number), or name another reviewer"));
    }
}
