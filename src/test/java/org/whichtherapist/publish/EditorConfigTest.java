package org.whichtherapist.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.whichtherapist.BuiltSite;
import org.whichtherapist.TestSites;
import org.whichtherapist.schema.ContentSchema;
import org.whichtherapist.source.ContentType;
import org.whichtherapist.schema.Field;
import org.whichtherapist.health.People;
import org.whichtherapist.health.SourceRecords;
import org.whichtherapist.content.WritingOrder;
import org.whichtherapist.core.BuildMode;
import org.yaml.snakeyaml.Yaml;

/**
 * admin/config.yml, as a build writes it, read back and held against the content schema: every
 * field of every kind of page, its name, order, whether it is required and the values it allows; the
 * data files' records; and admin/ kept out of what readers and search engines get.
 */
class EditorConfigTest {
    private static final BuiltSite SITE = TestSites.fixture();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> config(BuiltSite site) {
        return new Yaml().load(site.text("admin/config.yml"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> collection(String name) {
        return ((List<Map<String, Object>>) config(SITE).get("collections")).stream()
                .filter(c -> name.equals(c.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no collection " + name + " in admin/config.yml"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> fields(Map<String, Object> holder) {
        return (List<Map<String, Object>>) holder.get("fields");
    }

    @SuppressWarnings("unchecked")
    private static List<String> optionValues(Map<String, Object> widget) {
        return ((List<Map<String, Object>>) widget.get("options")).stream().map(o -> String.valueOf(o.get("value"))).toList();
    }

    @Test
    void everyKindOfPageIsACollectionWithExactlyTheSchemasFieldsInTheStartingFilesOrder() throws IOException {
        for (ContentType type : EditorConfig.COLLECTIONS) {
            Map<String, Object> collection = collection(EditorConfig.folderOf(type));
            assertEquals("content/" + EditorConfig.folderOf(type), collection.get("folder"));
            assertEquals(Map.of("field", "type", "value", type.id()), collection.get("filter"));
            List<Map<String, Object>> widgets = fields(collection);
            List<String> expected = new ArrayList<>(new WritingOrder(SITE.project()).of(type).stream().map(Field::name).toList());
            expected.add("body");
            assertEquals(expected, widgets.stream().map(w -> w.get("name")).toList(), type.id());
            assertEquals(new TreeSet<>(ContentSchema.fieldsOf(type).keySet()),
                    new TreeSet<>(expected.subList(0, expected.size() - 1)), type.id() + ": every schema field, no other");
            for (Map<String, Object> widget : widgets.subList(0, widgets.size() - 1)) {
                checkAgainstSchema(type, ContentSchema.fieldsOf(type).get((String) widget.get("name")), widget);
            }
        }
    }

    @Test
    void theSpecialPagesAreFilesWithTheirTypesFields() {
        List<Map<String, Object>> files = fields(Map.of("fields", collection("special-pages").get("files")));
        List<String> types = new ArrayList<>();
        for (Map<String, Object> file : files) {
            assertTrue(SITE.project().resolve((String) file.get("file")).toFile().isFile(), file.get("file") + " exists");
            Map<String, Object> typeField = fields(file).stream().filter(w -> "type".equals(w.get("name"))).findFirst().orElseThrow();
            ContentType type = ContentType.fromId((String) typeField.get("default")).orElseThrow();
            types.add(type.id());
            for (Map<String, Object> widget : fields(file)) {
                if (!"body".equals(widget.get("name"))) {
                    checkAgainstSchema(type, ContentSchema.fieldsOf(type).get((String) widget.get("name")), widget);
                }
            }
        }
        assertTrue(types.containsAll(List.of("compare", "guide", "faq")), types.toString());
    }

    private static void checkAgainstSchema(ContentType type, Field field, Map<String, Object> widget) {
        String where = type.id() + "." + widget.get("name");
        assertTrue(field != null, where + " is not in the schema");
        if (field.name().equals("type")) {
            assertEquals(Map.of("name", "type", "widget", "hidden", "default", type.id()), widget, where);
            return;
        }
        assertEquals(field.required(), widget.get("required"), where + " required");
        switch (field.kind()) {
            case CHOICE, CHOICE_LIST -> assertEquals(field.choices(), optionValues(widget), where);
            case REF, REFS -> assertEquals(publishedIds(field.refType()), new TreeSet<>(optionValues(widget)), where);
            case SOURCES -> assertEquals(sourceIds(), optionValues(widget), where);
            case DATE -> assertEquals("YYYY-MM-DD", widget.get("format"), where);
            case SITUATIONS -> assertEquals(ContentSchema.SITUATION_FIELDS.stream().map(Field::name).toList(),
                    fields(widget).stream().map(w -> w.get("name")).toList(), where);
            case TEXT -> assertEquals(field.maxLength() > 0 ? field.maxLength() : null, widget.get("maxlength"), where);
            default -> assertTrue(widget.containsKey("widget"), where);
        }
        assertEquals(field.kind() == Field.Kind.REFS || field.kind() == Field.Kind.CHOICE_LIST
                || field.kind() == Field.Kind.SOURCES, Boolean.TRUE.equals(widget.get("multiple")), where + " multiple");
    }

    /** The ids of the built site's pages of a type: the names of their pages. */
    private static Set<String> publishedIds(ContentType type) {
        String folder = type.outputFolder();
        Set<String> ids = new TreeSet<>();
        for (String file : SITE.htmlPages()) {
            if (!folder.isEmpty() && file.startsWith(folder) && !file.substring(folder.length()).contains("/")) {
                ids.add(file.substring(folder.length(), file.length() - ".html".length()));
            }
        }
        assertFalse(ids.isEmpty(), "the fixture has " + type.id() + " pages");
        return ids;
    }

    private static List<String> sourceIds() {
        try {
            Path file = SITE.project().resolve("content/" + SourceRecords.FILE);
            return SourceRecords.read(file, "sources.yml", new org.whichtherapist.core.Problems()).ids();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theDataFilesAreListsOfRecordsEachWithItsIdAndTheReadersFields() {
        for (Map<String, Object> file : fields(Map.of("fields", collection("data").get("files")))) {
            List<Field> expected = file.get("file").toString().endsWith(People.FILE) ? People.FIELDS : SourceRecords.FIELDS;
            Map<String, Object> records = fields(file).get(0);
            assertEquals(true, records.get("root"), "the records are the file's top-level list");
            List<Map<String, Object>> widgets = fields(records);
            assertEquals(Stream.concat(Stream.of("id"), expected.stream().map(Field::name)).toList(),
                    widgets.stream().map(w -> w.get("name")).toList());
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i).required(), widgets.get(i + 1).get("required"), expected.get(i).name());
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyFieldShowsTheHintTheOwnersGuideGivesIt() throws IOException {
        FieldHints hints = FieldHints.read(TestSites.PROJECT);
        List<String> missing = new ArrayList<>();
        for (ContentType type : Stream.concat(EditorConfig.COLLECTIONS.stream(), EditorConfig.SPECIAL_PAGES.stream()).toList()) {
            for (String field : ContentSchema.fieldsOf(type).keySet()) {
                if (hints.forPage(type, field).isEmpty()) {
                    missing.add(type.id() + "." + field);
                }
            }
        }
        assertEquals(List.of(), missing, "fields docs/writing.md does not describe in a table");
        Map<String, Object> title = fields(((List<Map<String, Object>>) config(TestSites.real()).get("collections")).get(0)).get(0);
        assertEquals(hints.forPage(ContentType.ARTICLE, "title").orElseThrow(), title.get("hint"), "the real site's guide");
    }

    @Test
    void theEditorPageLoadsThePinnedScriptWithItsHashAndAsksNotToBeIndexed() {
        Document page = SITE.page("admin/index.html");
        Element script = page.selectFirst("script[src]");
        assertEquals(EditorRelease.pinned().cdnAddress(), script.attr("src"));
        assertEquals(EditorRelease.pinned().integrity(), script.attr("integrity"));
        assertEquals("anonymous", script.attr("crossorigin"));
        assertEquals(1, page.select("script").size(), "nothing but the editor's script");
        assertEquals("noindex, nofollow", page.selectFirst("meta[name=robots]").attr("content"));
        String headers = SITE.text("_headers");
        String admin = headers.substring(headers.indexOf("/admin/*\n"));
        assertTrue(admin.contains("X-Robots-Tag: noindex"), admin);
        assertTrue(admin.contains("script-src 'self' https://unpkg.com;"), admin);
        assertTrue(headers.indexOf("/*\n") < headers.indexOf("/admin/*\n"), "admin/'s policy comes after the site's");
    }

    @Test
    void noSitemapFeedOrSearchFileMentionsAdmin() throws IOException {
        List<String> listings = new ArrayList<>(List.of("sitemap.xml", "feed.xml", "robots.txt", "search.html"));
        SITE.files().stream().filter(f -> f.startsWith("search/")).forEach(listings::add);
        for (String file : listings) {
            assertFalse(SITE.text(file).contains("admin/"), file + " mentions admin/");
        }
        for (String page : SITE.readerPages()) {
            assertFalse(SITE.page(page).select("a[href*=admin/]").hasText(), page + " links to admin/");
        }
    }

    @Test
    void readerPagesAskNoOtherHostForAnything() {
        String own = "https://www.example.com/"; // site.host: 404.html loads its files from it, as it is served at any path
        for (String page : TestSites.real().readerPages()) {
            Document doc = TestSites.real().page(page);
            for (Element e : doc.select("script[src], link[href]:not([rel=canonical]):not([rel=alternate]), img[src], "
                    + "iframe[src], source[srcset], video[src], audio[src]")) {
                String address = e.hasAttr("src") ? e.attr("src") : e.hasAttr("href") ? e.attr("href") : e.attr("srcset");
                assertFalse(address.matches("(?i)^(https?:)?//.*") && !address.startsWith(own), page + " asks another host: " + e);
            }
        }
    }

    @Test
    void withSiteAdminFalseThereIsNoEditor() throws IOException {
        Path project = TestSites.newFixtureProject();
        TestSites.appendTo(project.resolve("jbake.properties"), "\nsite.admin=false\n");
        BuiltSite site = TestSites.build(project, BuildMode.PUBLISH);
        assertFalse(Files.exists(site.output().resolve("admin")), "admin/ was written");
        assertFalse(site.text("_headers").contains("/admin/"), "_headers names admin/");
    }

    @Test
    void settingsThatCannotWorkAreReportedAtTheirLine() {
        Path project = TestSites.newFixtureProject();
        TestSites.appendTo(project.resolve("jbake.properties"), "\nsite.admin.repo=not a repo\nsite.admin=maybe\n");
        List<String> problems = TestSites.failingBuild(project).stream().map(p -> p.format()).toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains("site.admin.repo is 'not a repo'") && p.contains("owner/name")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("site.admin is 'maybe'")), problems.toString());
    }
}
