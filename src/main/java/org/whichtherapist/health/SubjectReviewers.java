package org.whichtherapist.health;

import org.whichtherapist.source.ContentType;
import org.whichtherapist.source.SourceDocument;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.whichtherapist.core.Problems;

/**
 * A warning when a health page's reviewers are not registered (their {@code fields}) in what it is about.
 * A technique needs only one of the disciplines using it: many use stretching.
 */
final class SubjectReviewers {
    private static final String GUIDE = " (docs/writing.md, \"Authors and reviewers\")";
    private final Map<String, SourceDocument> disciplines = new LinkedHashMap<>();
    private final People people;

    SubjectReviewers(Collection<SourceDocument> documents, People people) {
        this.people = people;
        documents.stream().filter(doc -> doc.type().filter(ContentType.DISCIPLINE::equals).isPresent())
                .forEach(doc -> disciplines.put(doc.id(), doc));
    }

    /** Whether {@code id} is a discipline page's id. */
    boolean isDiscipline(String id) {
        return disciplines.containsKey(id);
    }

    /** The warning for a health page whose reviewers are not registered in what it is about, if any. */
    void check(SourceDocument doc, List<String> reviewers, Problems problems) {
        List<String> fields = reviewers.stream().flatMap(id -> people.find(id).stream())
                .flatMap(person -> person.fields().stream()).toList();
        ContentType type = doc.type().orElse(ContentType.PAGE);
        int line = doc.frontMatter().lineOf("reviewer");
        if (type == ContentType.TECHNIQUE) {
            List<String> using = listing(doc.id(), "techniques");
            if (!using.isEmpty() && using.stream().noneMatch(fields::contains)) {
                problems.warn(doc.path(), line, "no reviewer of this page is registered in a discipline that uses it ("
                        + titles(using) + ")", "add a reviewer whose 'fields' in content/" + People.FILE
                        + " include one of them" + who(using) + GUIDE);
            }
            return;
        }
        List<String> missing = about(doc, type).stream().filter(d -> !fields.contains(d)).toList();
        if (!missing.isEmpty()) {
            problems.warn(doc.path(), line, "no reviewer of this page is registered in " + (missing.size() == 1
                            ? "what it is about: " : "all it is about; none in: ") + titles(missing),
                    "add " + (missing.size() == 1 ? "a reviewer" : "reviewers") + " whose 'fields' in content/"
                            + People.FILE + " include " + String.join(", ", missing) + who(missing) + GUIDE);
        }
    }

    /** The disciplines a page other than a technique is about, each of which needs a reviewer. */
    private List<String> about(SourceDocument doc, ContentType type) {
        return switch (type) {
            case DISCIPLINE -> List.of(doc.id());
            case ARTICLE -> doc.frontMatter().textList("disciplines").stream().filter(disciplines::containsKey).toList();
            case QUALIFICATION -> listing(doc.id(), "qualifications");
            default -> List.of();
        };
    }

    /** The disciplines whose {@code field} list names {@code id}. */
    private List<String> listing(String id, String field) {
        return disciplines.entrySet().stream().filter(d -> d.getValue().frontMatter().textList(field).contains(id))
                .map(Map.Entry::getKey).toList();
    }

    private String titles(List<String> ids) {
        return ids.stream().map(id -> disciplines.get(id).title()).collect(Collectors.joining(", "));
    }

    /** Who in people.yml is registered in these disciplines, as a hint: ", e.g. chris-example". */
    private String who(List<String> ids) {
        List<String> candidates = people.all().stream().filter(p -> p.fields().stream().anyMatch(ids::contains))
                .map(People.Person::id).toList();
        return candidates.isEmpty() ? " (nobody in the file is yet: add the person who is)"
                : ", e.g. " + String.join(" or ", candidates);
    }
}
