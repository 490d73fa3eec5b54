package org.whichtherapist.render;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** jbake.properties as the generator reads it (with its defaults), for {@link TemplateCheck} and {@link OutputNames}. */
public interface OutputSettings {
    String EXTRA_FILES = "site.extra_files";

    /** The setting's value, or empty when neither the file nor the generator gives one. */
    String get(String key);

    Path contentFolder();

    Path assetFolder();

    Path templateFolder();

    default boolean isTrue(String key) {
        return Boolean.parseBoolean(get(key));
    }

    /** The files rendered from {@code templates/<name>.ftl} ({@code site.extra_files}, e.g. robots.txt). */
    default List<String> extraFiles() {
        return extraFiles(get(EXTRA_FILES));
    }

    static List<String> extraFiles(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
