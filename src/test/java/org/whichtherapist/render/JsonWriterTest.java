package org.whichtherapist.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.whichtherapist.content.PageText;

import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.utility.StringUtil;

class JsonWriterTest {

    @Test
    void everyCharacterAnywhereInATextIsEscapedAsFreemarkersJsonEscapingDoes() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            for (String text : List.of(String.valueOf(c), "a" + c, c + "b", "<" + c, c + "/", "]]" + c, c + ">")) {
                assertEquals(StringUtil.jsonStringEnc(text), JsonWriter.escaped(text), "char " + (int) c + " in " + text);
            }
        }
    }

    private static String render(String expression, Map<String, Object> model) throws Exception {
        Template template = new Template("t.ftl", "<#ftl output_format=\"plainText\">${toJson(" + expression + ")}",
                FreemarkerConfiguration.create(Path.of("templates").toFile(), "UTF-8", "UTF-8"));
        StringWriter out = new StringWriter();
        template.process(model, out);
        return out.toString();
    }

    @Test
    void hashesKeepTheirOrderAndHoldSequencesNumbersAndBooleans() throws Exception {
        assertEquals("{\"b\":1,\"a\":[2,\"x\"],\"c\":true,\"d\":{\"e\":1.5,\"f\":false}}",
                render("{\"b\": 1, \"a\": [1 + 1, \"x\"], \"c\": true, \"d\": {\"e\": 1.50, \"f\": 2 < 1}}", Map.of()));
    }

    @Test
    void textIsEscapedTheJsonWayAndCannotEndAScript() throws Exception {
        String json = render("[text]", Map.of("text", "say \"hi\"\n</script><!-- \\ é"));
        assertEquals("[\"say \\\"hi\\\"\\n<\\/script>\\u003C!-- \\\\ é\"]", json);
    }

    @Test
    void javaListsMapsAndMappedSequences() throws Exception {
        assertEquals("[{\"n\":\"a\"},{\"n\":\"b\"}]", render("list?map(x -> {\"n\": x})", Map.of("list", List.of("a", "b"))));
        assertEquals("{\"k\":[\"v\"]}", render("map", Map.of("map", Map.of("k", List.of("v")))));
    }

    @Test
    void aPagesTextIsWrittenFromItsTextEscapedOnce() throws Exception {
        PageText text = PageText.of("<p>Knees \"bend\" </p>", true);
        assertEquals("{\"text\":\"Knees \\\"bend\\\"\"}", render("{\"text\": t}", Map.of("t", text)));
    }

    @Test
    void aRecordIsRefusedWithWhatToDoInstead() {
        TemplateException e = assertThrows(TemplateException.class,
                () -> render("r", Map.of("r", new java.util.AbstractMap.SimpleEntry<>("k", "v"))));
        assertTrue(e.getMessage().contains("give it a hash of the fields you want"), e.getMessage());
    }
}
