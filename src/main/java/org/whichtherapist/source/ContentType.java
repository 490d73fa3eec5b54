package org.whichtherapist.source;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of page, each with its JBake document type (which picks the template) and output folder. */
public enum ContentType {
    /** Blog posts. JBake's index, feed, archive and tag pages list documents of type "post" ({@link #jbakeType}). */
    ARTICLE("article", "articles/", true),
    PAGE("page", "", false),
    DISCIPLINE("discipline", "disciplines/", true),
    QUALIFICATION("qualification", "qualifications/", true),
    TECHNIQUE("technique", "techniques/", true),
    COMPARE("compare", "", true),
    GUIDE("guide", "", true),
    FAQ("faq", "", true),
    /** An author's or reviewer's page, made from content/_data/people.yml , never written as a file. */
    PERSON("person", "people/", false),
    /** Who runs the site and how, made from content/_data/site-owner.yml , never written as a file. */
    DISCLOSURE("disclosure", "", false);

    /** Asked for every page, several times a build. */
    private static final Map<String, ContentType> BY_ID = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ContentType::id, type -> type));

    private final String id;
    private final String outputFolder;
    private final boolean health;

    ContentType(String id, String outputFolder, boolean health) {
        this.id = id;
        this.outputFolder = outputFolder;
        this.health = health;
    }

    /** The word written after {@code type:} in front matter. */
    public String id() {
        return id;
    }

    /** The JBake document type, which picks the template: the id, but "post" for articles. */
    public String jbakeType() {
        return this == ARTICLE ? "post" : id;
    }

    /** Output folder relative to the site root, ending in '/', or empty for the root. */
    public String outputFolder() {
        return outputFolder;
    }

    /** The folder below content/ the owner keeps pages of this type in, ending in '/': pages at the root are in pages/. */
    public String contentFolder() {
        return outputFolder.isEmpty() ? "pages/" : outputFolder;
    }

    /** Health pages carry a reviewed date, sources and the "not medical advice" note. */
    public boolean isHealthContent() {
        return health;
    }

    public static Optional<ContentType> fromId(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(BY_ID.get(id));
    }

    /** The JBake types that need a template in jbake.properties. */
    public static String[] jbakeTypes() {
        return Arrays.stream(values()).map(ContentType::jbakeType).distinct().toArray(String[]::new);
    }

    /** Whether pages of this type are made from a data file under content/_data/, never written as files. */
    public boolean isMadeFromData() {
        return this == PERSON || this == DISCLOSURE;
    }

    /** The types an owner writes as files (people and the disclosure pages come from content/_data/). */
    public static String allIds() {
        return String.join(", ", Arrays.stream(values()).filter(t -> !t.isMadeFromData()).map(ContentType::id).toList());
    }

    /** How the owner finds an id of a page of this type, for problems. */
    public String howToFindIds() {
        if (this == PERSON) {
            return "use an id from content/_data/people.yml";
        }
        return "use the file name (without .md) of a file in content/" + contentFolder();
    }
}
