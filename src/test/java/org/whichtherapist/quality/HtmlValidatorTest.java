package org.whichtherapist.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.whichtherapist.BuiltSite;
import org.whichtherapist.TestSites;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import nu.validator.validation.SimpleDocumentValidator;

/** Every HTML page of both built sites passes the W3C Nu Html Checker, run offline, with no error. */
class HtmlValidatorTest {
    /** The schema the checker's own command line uses for HTML. */
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";
    private static final Collector PROBLEMS = new Collector();
    private static SimpleDocumentValidator validator;

    /** Errors (not warnings) the checker reports for the file being checked. */
    private static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        String file = "";

        private void add(SAXParseException e) {
            errors.add(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void warning(SAXParseException e) {
            // warnings are advice (e.g. "consider adding a lang attribute"); the gate is errors
        }

        @Override
        public void error(SAXParseException e) {
            add(e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            add(e);
        }
    }

    @BeforeAll
    static void setUp() throws Exception {
        validator = new SimpleDocumentValidator(false, false, false);
        validator.setUpMainSchema(HTML_SCHEMA, PROBLEMS);
        validator.setUpValidatorAndParsers(PROBLEMS, false, false);
    }

    private static int check(BuiltSite site, String name) throws Exception {
        List<String> pages = site.htmlPages();
        for (String page : pages) {
            PROBLEMS.file = name + ":" + page;
            validator.checkHtmlFile(new File(site.output().toFile(), page), true);
        }
        return pages.size();
    }

    @Test
    void everyPageOfTheRealSiteIsValidHtml() throws Exception {
        assertEveryPageValid(TestSites.real(), "real", 40);
    }

    @Test
    void everyPageOfTheFixtureSiteIsValidHtml() throws Exception {
        assertEveryPageValid(TestSites.fixture(), "fixture", 20);
    }

    private static void assertEveryPageValid(BuiltSite site, String name, int atLeast) throws Exception {
        PROBLEMS.errors.clear();
        int pages = check(site, name);
        assertTrue(pages >= atLeast, "only " + pages + " pages checked");
        assertEquals(List.of(), PROBLEMS.errors, String.join("\n", PROBLEMS.errors));
    }

    @Test
    void theCheckerReportsABrokenPage() throws Exception {
        PROBLEMS.errors.clear();
        File broken = TestSites.scratch("invalid").resolve("broken.html").toFile();
        java.nio.file.Files.writeString(broken.toPath(),
                "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p><div>in a p</p><a href=\"a b\">x</a></body></html>");
        PROBLEMS.file = "broken.html";
        validator.checkHtmlFile(broken, true);
        assertTrue(PROBLEMS.errors.size() >= 2, PROBLEMS.errors.toString());
        PROBLEMS.errors.clear();
    }
}
