package org.whichtherapist.schema;

import static org.whichtherapist.schema.Field.Kind.BOOLEAN;
import static org.whichtherapist.schema.Field.Kind.CHOICE;
import static org.whichtherapist.schema.Field.Kind.CHOICE_LIST;
import static org.whichtherapist.schema.Field.Kind.DATE;
import static org.whichtherapist.schema.Field.Kind.IMAGE;
import static org.whichtherapist.schema.Field.Kind.LEVEL;
import static org.whichtherapist.schema.Field.Kind.NUMBER;
import static org.whichtherapist.schema.Field.Kind.REF;
import static org.whichtherapist.schema.Field.Kind.REFS;
import static org.whichtherapist.schema.Field.Kind.SITUATIONS;
import static org.whichtherapist.schema.Field.Kind.SOURCES;
import static org.whichtherapist.schema.Field.Kind.TAGS;
import static org.whichtherapist.schema.Field.Kind.TEXT;
import static org.whichtherapist.schema.Field.Kind.TEXT_LIST;
import static org.whichtherapist.schema.Field.optional;
import static org.whichtherapist.schema.Field.required;

import org.whichtherapist.source.ContentType;
import org.whichtherapist.source.SourceDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Which front matter fields each content type accepts; docs/writing.md describes the same for the owner. */
public final class ContentSchema {
    public static final int SUMMARY_MAX = 200;
    /** A topic in {@code tags}: short, lower case, words joined by spaces or hyphens. */
    public static final Pattern TAG = Pattern.compile("[a-z0-9]+(?:[ -][a-z0-9]+)*");
    public static final int MAX_TAG_LENGTH = 40;

    /** The fields of each of the guide's {@code situations}. */
    public static final List<Field> SITUATION_FIELDS = List.of(
            required("id", TEXT),
            required("label", TEXT),
            optional("see", REF).referringTo(ContentType.DISCIPLINE),
            optional("also", REFS).referringTo(ContentType.DISCIPLINE),
            required("why", TEXT));

    private static final List<Field> COMMON = List.of(
            required("title", TEXT).atMost(120),
            required("type", CHOICE),
            required("status", CHOICE).oneOf(SourceDocument.PUBLISHED, SourceDocument.DRAFT),
            required("date", DATE),
            required("summary", TEXT).atMost(SUMMARY_MAX),
            optional("tags", TAGS),
            optional("menu", NUMBER),
            optional("menu_title", TEXT).atMost(30),
            optional("aliases", TEXT_LIST),
            optional("image", IMAGE),
            optional("image_alt", TEXT).atMost(250),
            optional("diagrams", CHOICE_LIST).oneOf("qualification-ladder", "who-does-what"));

    private static final List<Field> HEALTH = List.of(
            required("author", REF).referringTo(ContentType.PERSON),
            required("reviewer", REFS).referringTo(ContentType.PERSON),
            required("reviewed", DATE),
            optional("next_review", DATE),
            required("sources", SOURCES),
            required(CareLevel.FIELD, CHOICE).oneOf(CareLevel.ids())
                    .meaning("the level of care this page's subject calls for, which picks its care box"));

    private static final Map<ContentType, List<Field>> SPECIFIC = Map.of(
            ContentType.ARTICLE, List.of(
                    optional("disciplines", REFS).referringTo(ContentType.DISCIPLINE),
                    optional("techniques", REFS).referringTo(ContentType.TECHNIQUE),
                    optional("qualifications", REFS).referringTo(ContentType.QUALIFICATION)),
            ContentType.DISCIPLINE, List.of(
                    required("short_name", TEXT).atMost(40),
                    optional("order", NUMBER),
                    required("treats", TEXT_LIST),
                    optional("areas", CHOICE_LIST).oneOf(DisciplineArea.ids()),
                    required("settings", TEXT_LIST),
                    required("style", CHOICE).oneOf("hands-on", "hands-off", "mixed"),
                    required("style_note", TEXT),
                    required("regulated", BOOLEAN),
                    required("regulation", TEXT),
                    required("training", TEXT),
                    required("entry_level", TEXT),
                    required("qualifications", REFS).referringTo(ContentType.QUALIFICATION),
                    required("techniques", REFS).referringTo(ContentType.TECHNIQUE),
                    required("best_for", TEXT),
                    required("where_to_find", TEXT),
                    required("see_if", TEXT_LIST),
                    required("see_someone_else_if", TEXT_LIST)),
            ContentType.QUALIFICATION, List.of(
                    optional("level", LEVEL),
                    required("level_label", TEXT),
                    required("length", TEXT),
                    required("lets_you", TEXT),
                    required("regulation_route", TEXT)),
            ContentType.TECHNIQUE, List.of(
                    required("purpose", TEXT),
                    required("category", CHOICE).oneOf("massage", "manual therapy", "exercise",
                            "physical modality", "advice")),
            ContentType.GUIDE, List.of(
                    required("situations", SITUATIONS).referringTo(ContentType.DISCIPLINE)),
            ContentType.PERSON, List.of(
                    optional("registration", TEXT),
                    optional("register", TEXT),
                    optional("conflicts", TEXT)),
            ContentType.DISCLOSURE, List.of(
                    required("kind", CHOICE).oneOf(Arrays.stream(DisclosureKind.values())
                            .map(DisclosureKind::word).toArray(String[]::new)),
                    optional("sources", SOURCES), // the care advice's page: the care texts' sources
                    optional("checked", TEXT))); // and who checked them, when

    /** Asked for every page, several times a build, so worked out once. */
    private static final Map<ContentType, Map<String, Field>> FIELDS = new EnumMap<>(ContentType.class);

    static {
        Arrays.stream(ContentType.values()).forEach(type -> FIELDS.put(type, Collections.unmodifiableMap(fields(type))));
    }

    private ContentSchema() {
    }

    /** Every field the type accepts, in the order the owner's guide lists them. */
    public static Map<String, Field> fieldsOf(ContentType type) {
        return FIELDS.get(type);
    }

    private static Map<String, Field> fields(ContentType type) {
        List<Field> all = new ArrayList<>(COMMON);
        if (type.isHealthContent()) {
            all.addAll(HEALTH);
        } else if (!type.isMadeFromData()) {
            HEALTH.stream().map(Field::asOptional).forEach(all::add);
        }
        all.addAll(SPECIFIC.getOrDefault(type, List.of()));
        Map<String, Field> byName = new LinkedHashMap<>();
        all.forEach(field -> byName.put(field.name(), field));
        return byName;
    }
}
