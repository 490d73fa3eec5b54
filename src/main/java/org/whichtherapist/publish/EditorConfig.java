package org.whichtherapist.publish;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.whichtherapist.source.ContentType;
import org.whichtherapist.source.DataFile;
import org.whichtherapist.schema.Field;
import org.whichtherapist.content.Page;
import org.whichtherapist.health.People;
import org.whichtherapist.content.SiteContent;
import org.whichtherapist.ledger.KeptResults;
import org.whichtherapist.source.SourceDocument;
import org.whichtherapist.health.SourceRecords;
import org.whichtherapist.content.WritingOrder;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import static org.whichtherapist.publish.EditorFields.ordered;

/**
 * The editor's {@code admin/config.yml}, made from the content schema by every build so the editor offers
 * exactly the fields the build accepts: a collection per kind of page, the special pages, the data files.
 */
public record EditorConfig(EditorSettings settings, FieldHints hints, WritingOrder order) {
    /** The kinds of page the owner creates, one collection each, in the order the editor lists them. */
    static final List<ContentType> COLLECTIONS = List.of(ContentType.ARTICLE, ContentType.DISCIPLINE,
            ContentType.QUALIFICATION, ContentType.TECHNIQUE, ContentType.PAGE);
    /** Pages of which the site has one each, edited as files. */
    static final List<ContentType> SPECIAL_PAGES = List.of(ContentType.COMPARE, ContentType.GUIDE, ContentType.FAQ);
    static final String IMAGES = "images";
    private static final int SLUG_LENGTH = 60;
    /**
     * The YAML of the configuration last dumped, in a build's memory (the preview makes the same one after most saves),
     * and {@code kept}: where an earlier process may have kept the same one's.
     */
    public static final class Memory {
        private final KeptResults kept;
        /** {@code config}: the configuration written out in order ({@link Map#equals} ignores the order of keys). */
        private String config = "";
        private String yaml = "";

        public Memory(KeptResults kept) {
            this.kept = kept;
        }

        /**
         * The YAML of {@code config}; the last one's again when it is the same, in this process or a kept one's
         * (SnakeYAML takes about 10 ms warm, 50 ms in a new process).
         */
        private synchronized String dump(Map<String, Object> config) {
            String written = config.toString();
            if (!this.config.equals(written)) {
                String key = kept.key("editor config", written);
                yaml = kept.get(key, String.class).orElseGet(() -> {
                    String made = yamlOf(config);
                    kept.put(key, made);
                    return made;
                });
                this.config = written;
            }
            return yaml;
        }
    }

    /** Where the site's files are and what it is called. */
    public record Place(String contentFolder, String title, Optional<String> address) {
    }

    /** The configuration for {@code site}, as YAML; {@code memory}: the YAML made before. */
    public String yaml(SiteContent site, Place place, Memory memory) throws IOException {
        EditorFields fields = new EditorFields(siteIds(site));
        Map<String, Object> config = ordered("backend", backend(), "app_title", "Edit " + place.title());
        place.address().ifPresent(a -> {
            config.put("site_url", a);
            config.put("display_url", a);
        });
        config.put("media_folder", place.contentFolder() + "/" + IMAGES);
        config.put("public_folder", "/" + IMAGES);
        config.put("slug", ordered("encoding", "ascii", "clean_accents", true, "sanitize_replacement", "-",
                "maxlength", SLUG_LENGTH, "lowercase", true, "trim", true));
        config.put("output", ordered("omit_empty_optional_fields", true));
        List<Object> collections = new ArrayList<>();
        for (ContentType type : COLLECTIONS) {
            collections.add(pageCollection(type, place, fields));
        }
        specialPages(site, fields).ifPresent(collections::add);
        collections.add(dataFiles(place, fields));
        config.put("collections", collections);
        return memory.dump(config);
    }

    private Map<String, Object> backend() {
        Map<String, Object> backend = ordered("name", "github");
        settings.repo().ifPresent(repo -> backend.put("repo", repo));
        backend.put("branch", settings.branch());
        backend.put("auth_methods", List.of("token")); // signing in through OAuth needs a server of its own
        return backend;
    }

    private Map<String, Object> pageCollection(ContentType type, Place place, EditorFields fields) throws IOException {
        String folder = folderOf(type);
        return ordered("name", folder, "label", EditorFields.label(folder), "label_singular",
                EditorFields.label(type.id()), "folder", place.contentFolder() + "/" + folder, "extension", "md",
                "format", "yaml-frontmatter", "create", true, "filter", ordered("field", "type", "value", type.id()),
                "media_folder", IMAGES, "public_folder", IMAGES, "summary", "{{title}}",
                "sortable_fields", List.of("title", "date"),
                "view_filters", List.of(ordered("label", "Drafts", "field", "status", "pattern", SourceDocument.DRAFT)),
                "fields", pageFields(type, fields));
    }

    private List<Object> pageFields(ContentType type, EditorFields fields) throws IOException {
        List<Object> list = new ArrayList<>();
        for (Field field : order.of(type)) {
            Map<String, Object> widget = fields.of(field, hints.forPage(type, field.name()));
            switch (field.name()) {
                // the one field the editor fills itself: it says which collection a file belongs to
                case "type" -> widget = ordered("name", "type", "widget", "hidden", "default", type.id());
                case "status" -> widget.put("default", SourceDocument.DRAFT);
                case "date" -> widget.put("default", "{{now}}");
                default -> {
                }
            }
            list.add(widget);
        }
        list.add(ordered("name", "body", "label", "Text", "widget", "markdown", "required", true,
                "hint", "The page's text in Markdown: see docs/writing.md for links, callouts, sources and pictures."));
        return list;
    }

    /** The special pages the site has, each edited as the file it is; none when it has none. */
    private Optional<Map<String, Object>> specialPages(SiteContent site, EditorFields fields) throws IOException {
        List<Object> files = new ArrayList<>();
        for (ContentType type : SPECIAL_PAGES) {
            for (Page page : site.all()) {
                if (page.type().equals(type.id())) {
                    files.add(ordered("name", page.id(), "label", page.title(), "file", page.source().path(),
                            "fields", pageFields(type, fields)));
                }
            }
        }
        return files.isEmpty() ? Optional.empty() : Optional.of(ordered("name", "special-pages", "label",
                "Special pages", "media_folder", IMAGES, "public_folder", IMAGES, "files", files));
    }

    private Map<String, Object> dataFiles(Place place, EditorFields fields) {
        return ordered("name", "data", "label", "Sources and people", "files", List.of(
                dataFile("sources", "Sources", place.contentFolder() + "/" + SourceRecords.FILE,
                        records("Sources", "Source", SourceRecords.FIELDS, fields)),
                dataFile("people", "Authors and reviewers", place.contentFolder() + "/" + People.FILE,
                        records("Authors and reviewers", "Person", People.FIELDS, fields))));
    }

    private static Map<String, Object> dataFile(String name, String label, String file, Map<String, Object> list) {
        return ordered("name", name, "label", label, "file", file, "format", "yaml", "fields", List.of(list));
    }

    /** A data file's records as one list at the top of the file, each starting with its id. */
    private Map<String, Object> records(String heading, String singular, List<Field> recordFields, EditorFields fields) {
        List<Object> sub = new ArrayList<>();
        sub.add(ordered("name", "id", "label", "Id", "widget", "string", "required", true,
                "pattern", List.of("^" + DataFile.ID.pattern() + "$", "Lower-case words joined by hyphens, e.g. nhs-physiotherapy"),
                "hint", "How pages name this record: lower-case words joined by hyphens. Changing it breaks the pages that use it."));
        for (Field field : recordFields) {
            sub.add(fields.of(field, hints.inSection(heading, field.name())));
        }
        return ordered("name", "records", "label", heading, "label_singular", singular, "widget", "list", "root", true,
                "summary", "{{fields.id}}", "fields", sub);
    }

    private static EditorFields.SiteIds siteIds(SiteContent site) {
        Map<ContentType, List<EditorFields.SiteIds.Option>> pages = new EnumMap<>(ContentType.class);
        TreeSet<String> tags = new TreeSet<>();
        for (Page page : site.all()) {
            ContentType.fromId(page.type()).ifPresent(type -> pages.computeIfAbsent(type, k -> new ArrayList<>())
                    .add(new EditorFields.SiteIds.Option(page.id(), page.title() + " (" + page.id() + ")")));
            tags.addAll(page.list("tags"));
        }
        SourceRecords sources = site.data().sources();
        List<EditorFields.SiteIds.Option> sourceOptions = sources.ids().stream()
                .map(id -> new EditorFields.SiteIds.Option(id, sources.find(id).map(s -> s.title() + " (" + id + ")")
                        .orElse(id))).toList();
        return new EditorFields.SiteIds(pages, sourceOptions, List.copyOf(tags));
    }

    /** The folder below the content folder a type's pages are written in: "articles", "pages"... */
    static String folderOf(ContentType type) {
        return type.contentFolder().replace("/", "");
    }

    private static String yamlOf(Map<String, Object> config) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        return "# The editor at admin/: generated from the content schema by every build (publish/EditorConfig).\n"
                + "# Do not edit it here; docs/architecture.md says how it is made.\n"
                + new Yaml(options).dump(config);
    }
}
