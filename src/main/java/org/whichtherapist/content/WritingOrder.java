package org.whichtherapist.content;

import org.whichtherapist.schema.ContentSchema;
import org.whichtherapist.schema.Field;
import org.whichtherapist.source.ContentType;
import org.whichtherapist.source.FrontMatterParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The order a page's front matter fields are written in: its starting file's ({@code content/_templates}),
 * then the schema's. The editor at admin/ writes fields so, so its pages read like those of {@code new}.
 */
public record WritingOrder(Path project) {
    /** Every field of {@code type}, in the order they are written. */
    public List<Field> of(ContentType type) throws IOException {
        Set<String> names = new LinkedHashSet<>(starterFields(type));
        names.addAll(ContentSchema.fieldsOf(type).keySet());
        return names.stream().map(ContentSchema.fieldsOf(type)::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The fields of the type's starting file, in its order; none when it has none or it cannot be read. */
    private List<String> starterFields(ContentType type) throws IOException {
        Path starter = project.resolve(PageScaffold.TEMPLATES).resolve(type.id() + ".md");
        if (!Files.isRegularFile(starter)) {
            return List.of();
        }
        String text = Files.readString(starter, StandardCharsets.UTF_8).replace("{{title}}", "Title")
                .replace("{{date}}", "2000-01-01");
        try {
            return List.copyOf(new FrontMatterParser().parse(starter.toString(), text).values().keySet());
        } catch (FrontMatterParser.HeaderException e) {
            return List.of(); // exec:java@new reports it when it is used
        }
    }
}
