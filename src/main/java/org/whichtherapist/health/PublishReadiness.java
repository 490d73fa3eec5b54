package org.whichtherapist.health;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.whichtherapist.core.Placeholders;
import org.whichtherapist.core.Problem;
import org.whichtherapist.settings.SiteSettings;
import org.whichtherapist.source.SourceDocument;

/**
 * Made-up details that must not go live (placeholder people, example contacts, a missing or placeholder
 * site owner, a made-up person's name typed into a page): a build for a real address refuses them; the
 * preview shows them as "not ready to publish".
 */
public final class PublishReadiness {
    /** Where docs/writing.md tells the owner what to fill in. */
    static final String GUIDE = " (docs/writing.md, \"Before you publish\")";

    private PublishReadiness() {
    }

    /**
     * Everything that is not ready, in file order; {@code documents} are the pages as written in content/, each looked
     * through once per document in {@code pages}.
     */
    public static List<Problem> check(SiteData data, SiteSettings settings, List<SourceDocument> documents,
                                      CheckedPages pages) {
        List<Problem> found = new ArrayList<>();
        People people = data.people();
        // each line of a published page's text that names a made-up person: bylines follow people.yml,
        // typed names do not
        Set<String> madeUp = people.all().stream().filter(People.Person::placeholder).map(People.Person::name)
                .filter(name -> !name.isBlank()).collect(Collectors.toCollection(LinkedHashSet::new));
        documents.stream().filter(document -> !document.isDraft())
                .forEach(document -> found.addAll(pages.madeUpNames(document, madeUp, people.path())));
        for (People.Person person : people.all()) {
            if (person.placeholder()) {
                found.add(Problem.at(people.path(), person.line(), "'" + person.id() + "' is a made-up person"
                        + " (placeholder: true)", "put the real person's name, role, registration and details in this"
                        + " record, then delete the line 'placeholder: true'; or remove the record and every page's"
                        + " mention of '" + person.id() + "'" + GUIDE));
                continue;
            }
            person.email().filter(Placeholders::isExampleEmail).ifPresent(email -> found.add(Problem.at(people.path(),
                    person.lineOf("email"), "'" + person.id() + "' has the example email address " + email,
                    "write their real email address" + GUIDE)));
            person.phone().filter(Placeholders::isDramaPhone).ifPresent(phone -> found.add(Problem.at(people.path(),
                    person.lineOf("phone"), "'" + person.id() + "' has the made-up phone number " + phone,
                    "write their real phone number, or delete the line" + GUIDE)));
        }
        contact(settings, "site.contact.email", Placeholders::isExampleEmail, "write the email address readers reach"
                + " you at: the footer and every \"Report a mistake\" link use it", found);
        contact(settings, "site.contact.phone", Placeholders::isDramaPhone, "write the phone number readers may call,"
                + " or delete the line to show none", found);
        SiteOwner owner = data.owner();
        if (!owner.present()) {
            found.add(Problem.at(owner.path(), 0, "the site says nowhere who runs it, who pays for it and how its"
                    + " pages are checked", "create this file from the one in git (git checkout -- " + owner.path()
                    + ") and fill it in" + GUIDE));
        } else if (owner.placeholder()) {
            found.add(Problem.at(owner.path(), owner.lineOf("placeholder"), "who runs the site, its funding and its"
                    + " editorial policy are still made up (placeholder: true)", "fill in every field of this file with"
                    + " the real details, then delete the line 'placeholder: true'" + GUIDE));
        }
        found.sort(java.util.Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
        return List.copyOf(found);
    }

    /** A contact setting that is made up; the email address, which the mistake links need, also when missing. */
    private static void contact(SiteSettings settings, String key, java.util.function.Predicate<String> madeUp,
                                String fix, List<Problem> found) {
        String value = settings.text(key).orElse("");
        boolean needed = key.endsWith("email");
        if (value.isBlank() ? needed : madeUp.test(value)) {
            found.add(settings.problem(key, "'" + key + "' is " + (value.isBlank() ? "not set" : "the made-up " + value),
                    fix + GUIDE));
        }
    }

    /** The lines of the page's text that name one of {@code madeUp}, people listed in {@code peopleFile}. */
    static List<Problem> madeUpNames(SourceDocument document, Set<String> madeUp, String peopleFile) {
        List<String> named = madeUp.stream().filter(document.body()::contains).toList();
        if (named.isEmpty()) {
            return List.of();
        }
        List<Problem> found = new ArrayList<>();
        List<String> lines = document.body().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            for (String name : named) {
                if (lines.get(i).contains(name)) {
                    found.add(Problem.at(document.path(), document.frontMatter().bodyLine() + i, "'" + name
                            + "' is a made-up person (placeholder: true in " + peopleFile + "), named in this"
                            + " page's own words", "write the real person's name, or say who they are without"
                            + " naming them and link to the editorial policy, which lists the reviewers from "
                            + peopleFile + GUIDE));
                }
            }
        }
        return List.copyOf(found);
    }
}
