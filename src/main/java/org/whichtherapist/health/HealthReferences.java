package org.whichtherapist.health;

import org.whichtherapist.source.ClosestId;
import org.whichtherapist.source.ContentType;
import org.whichtherapist.source.FrontMatter;
import org.whichtherapist.source.Snippet;
import org.whichtherapist.source.SourceDocument;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.whichtherapist.core.Problems;

/** What health pages and care texts name outside themselves: sources and reviewers; and sources nobody cites. */
public record HealthReferences(SiteData data) {
    public Problems check(Collection<SourceDocument> documents) {
        Problems problems = new Problems();
        Set<String> cited = new HashSet<>();
        boolean healthPages = false;
        SubjectReviewers subjects = new SubjectReviewers(documents, data.people());
        for (SourceDocument doc : documents) {
            cited.addAll(doc.frontMatter().textList("sources"));
            if (doc.type().map(ContentType::isHealthContent).orElse(false)) {
                healthPages = true;
                checkSources(doc, problems);
                checkReviewers(doc, subjects, problems);
            }
        }
        checkFields(subjects, problems);
        problems.addAll(data.care().check(healthPages));
        for (Snippet text : data.care().all()) {
            cited.addAll(text.sources());
            checkIds(text.document(), text.sources(), problems);
            checkSignOff(text.document(), problems);
        }
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
                        ClosestId.to(id, data.sources().ids()).map(c -> "did you mean '" + c + "'? If not, add").orElse("add")
                                + " a record for it there (title, publisher, url, accessed)");
            }
        }
    }

    /** Every reviewer a page names is registered, and together they cover what it is about. */
    private void checkReviewers(SourceDocument doc, SubjectReviewers subjects, Problems problems) {
        FrontMatter fm = doc.frontMatter();
        List<String> ids = fm.textList("reviewer");
        if (fm.has("reviewer") && ids.isEmpty()) {
            problems.error(doc.path(), fm.lineOf("reviewer"), "this health page names no reviewer",
                    "name at least one, e.g. reviewer: sam-example, or reviewer: [sam-example, chris-example]");
            return;
        }
        if (registered(doc, ids, problems) && !ids.isEmpty()) {
            subjects.check(doc, ids, problems);
        }
    }

    /**
     * A care text names who checked it against the NHS pages it cites, and when: readers act on it, and
     * every health page shows it.
     */
    private void checkSignOff(SourceDocument text, Problems problems) {
        FrontMatter fm = text.frontMatter();
        List<String> ids = fm.textList("reviewer");
        if (ids.isEmpty() || text.reviewed().isEmpty()) {
            problems.error(text.path(), fm.has("reviewer") ? fm.lineOf("reviewer") : 1, "this care text does not say who"
                            + " checked it and when", "add 'reviewer: [id]' (a registered professional in content/"
                            + People.FILE + ", such as a GP or nurse, who checked it against the pages it cites) and"
                            + " 'reviewed: YYYY-MM-DD' to its front matter");
            return;
        }
        for (int i = 0; i < ids.size(); i++) {
            if (data.people().find(ids.get(i)).isEmpty()) {
                problems.error(text.path(), fm.lines().getOrDefault("reviewer[" + i + "]", fm.lineOf("reviewer")),
                        "'reviewer' names '" + ids.get(i) + "', who is not in content/" + People.FILE,
                        ClosestId.to(ids.get(i), data.people().all().stream().map(People.Person::id).toList())
                                .map(c -> "did you mean '" + c + "'? If not, add").orElse("add") + " their record there");
            }
        }
        registered(text, ids, problems);
    }

    /** Every reviewer named who is in people.yml is on a register; whether all are in it (else the validator says). */
    private boolean registered(SourceDocument doc, List<String> ids, Problems problems) {
        boolean allKnown = true;
        for (int i = 0; i < ids.size(); i++) {
            int line = doc.frontMatter().lines().getOrDefault("reviewer[" + i + "]", doc.frontMatter().lineOf("reviewer"));
            People.Person person = data.people().find(ids.get(i)).orElse(null);
            if (person == null) {
                allKnown = false;
            } else if (person.registration().isEmpty()) {
                problems.error(doc.path(), line, "the reviewer '" + person.id() + "' has no registration in content/"
                                + People.FILE, "a health page is reviewed by a registered professional: add their"
                                + " 'registration' (e.g. HCPC-registered physiotherapist, with their number), or name"
                                + " another reviewer");
            } else if (person.register().isEmpty()) {
                problems.error(doc.path(), line, "the reviewer '" + person.id() + "' has no 'register' in content/"
                                + People.FILE, "add the register they are on (e.g. register: hcpc), and in 'fields' the"
                                + " disciplines of this site they are registered in (e.g. fields: [physiotherapist]),"
                                + " so the build can tell which pages they can review");
            }
        }
        return allKnown;
    }


    /** Each discipline a person is registered in is a discipline page. */
    private void checkFields(SubjectReviewers subjects, Problems problems) {
        for (People.Person person : data.people().all()) {
            for (String field : person.fields()) {
                if (!subjects.isDiscipline(field)) {
                    problems.error(data.people().path(), person.lineOf("fields"), "'" + field + "' in the fields of '"
                            + person.id() + "' is not a discipline", "use the file name (without .md) of a page in"
                            + " content/disciplines/, e.g. physiotherapist");
                }
            }
        }
    }
}
