package org.whichtherapist.source;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.whichtherapist.core.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Splits a content file into its header (YAML between {@code ---} lines, or JBake's {@code key=value} lines
 * ended by {@code ~~~~~~}) and Markdown body. Thread-safe.
 */
public final class FrontMatterParser {
    static final String YAML_FENCE = "---";
    static final String JBAKE_SEPARATOR = "~~~~~~";
    private static final int MAX_ALIASES = 10;
    private static final int MAX_NESTING = 20;
    /** Front matter's YAML starts on the file's second line, after the opening {@code ---}. */
    private static final int HEADER_FIRST_LINE = 2;
    /** Shared by every file and thread: a new {@code Yaml} per file would compile snakeyaml's patterns again. */
    private static final LoaderOptions OPTIONS = options();
    private static final Resolver RESOLVER = new Resolver();

    /** Thrown for a header that cannot be read at all; carries the owner-readable problem. */
    public static final class HeaderException extends Exception {
        private final transient Problem problem;

        HeaderException(Problem problem) {
            super(problem.format());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    public FrontMatter parse(String file, String text) throws HeaderException {
        List<String> lines = text.lines().toList();
        if (!lines.isEmpty() && lines.get(0).strip().equals(YAML_FENCE)) {
            return parseYaml(file, lines);
        }
        int separator = lines.indexOf(JBAKE_SEPARATOR);
        if (separator > 0 && lines.subList(0, separator).stream().allMatch(l -> l.isBlank() || l.contains("="))) {
            return parseJBakeHeader(lines, separator);
        }
        throw new HeaderException(Problem.at(file, 1, "the file has no front matter",
                "start it with a line '---', then lines such as 'title: ...', 'type: article', "
                        + "'status: draft', 'date: 2026-01-31', and end the header with another '---' line"));
    }

    private FrontMatter parseYaml(String file, List<String> lines) throws HeaderException {
        int close = java.util.stream.IntStream.range(1, lines.size())
                .filter(i -> List.of(YAML_FENCE, "...").contains(lines.get(i).stripTrailing())).findFirst().orElse(-1);
        if (close < 0) {
            throw new HeaderException(Problem.at(file, 1, "the front matter that starts here is never closed",
                    "add a line with just '---' after the last header field, before the text"));
        }
        return read(new Where(file, HEADER_FIRST_LINE, "the front matter"), String.join("\n", lines.subList(1, close)),
                false, body(lines, close + 1), close + 2);
    }

    /** A data file under {@code content/_data/}, read as front matter is (from its first line), with no body. */
    public FrontMatter parseData(String file, String text) throws HeaderException {
        return read(new Where(file, 1, "the file"), text, true, "", 1);
    }

    /** Records in a list, each starting with its {@code id} (as the editor writes them), read as if under their ids. */
    private void readRecords(Where where, SequenceNode records, Map<String, Object> values,
                             Map<String, Integer> lines) throws HeaderException {
        for (Node item : records.getValue()) {
            int line = where.line(item.getStartMark());
            if (!(item instanceof MappingNode mapping)) {
                throw new HeaderException(Problem.at(where.file(), line, "this record is not a list of 'name: value' lines",
                        "start each record with '- id: ...' and write its fields below it, indented"));
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            Map<String, Integer> fieldLines = new LinkedHashMap<>();
            readMapping(where, mapping, "", fields, fieldLines);
            Object id = fields.remove("id");
            if (!(id instanceof String text) || text.isBlank()) {
                throw new HeaderException(Problem.at(where.file(), line, "this record has no id",
                        "start it with '- id: ...', a short lower-case name such as 'nhs-physiotherapy'"));
            }
            String key = text.strip();
            if (values.containsKey(key)) {
                throw new HeaderException(Problem.at(where.file(), line, "the id '" + key + "' is written twice",
                        "give each record its own id, or delete one of the two"));
            }
            values.put(key, fields);
            lines.put(key, line);
            fieldLines.forEach((path, at) -> lines.put(key + "." + path, at));
        }
    }

    /** A file, the line of it the YAML starts on (problems name the file's own lines), and how problems name it. */
    private record Where(String file, int first, String what) {
        int line(Mark mark) {
            return mark.getLine() + first;
        }
    }

    /** Reads the YAML into values and their lines; {@code records}: a list of records may stand for the mapping. */
    private FrontMatter read(Where where, String yamlText, boolean records, String body, int bodyLine)
            throws HeaderException {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        Node root = compose(where, yamlText);
        if (records && root instanceof SequenceNode list) {
            readRecords(where, list, values, keyLines);
        } else if (root != null) {
            if (!(root instanceof MappingNode mapping)) {
                throw new HeaderException(Problem.at(where.file(), where.line(root.getStartMark()),
                        where.what() + " is not a list of 'name: value' lines",
                        "write one field per line, like 'title: My page'"));
            }
            readMapping(where, mapping, "", values, keyLines);
        }
        return new FrontMatter(values, keyLines, body, bodyLine);
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setAllowDuplicateKeys(false);
        return options;
    }

    /** The YAML as a tree of nodes, each with its line; no Java objects are constructed from it. */
    private Node compose(Where where, String yamlText) throws HeaderException {
        try {
            return new Composer(new ParserImpl(new StreamReader(new StringReader(yamlText)), OPTIONS), RESOLVER, OPTIONS)
                    .getSingleNode();
        } catch (MarkedYAMLException e) {
            YamlMistake mistake = YamlMistake.of(yamlText, e);
            throw new HeaderException(Problem.at(where.file(), mistake.line() + where.first(),
                    "in " + where.what() + ", " + mistake.message(), mistake.fix()));
        } catch (YAMLException e) {
            throw new HeaderException(Problem.at(where.file(), where.first(),
                    where.what() + " cannot be read (" + e.getMessage() + ")",
                    "simplify the header to plain 'name: value' lines"));
        }
    }

    private void readMapping(Where where, MappingNode mapping, String prefix, Map<String, Object> into,
                             Map<String, Integer> lines) throws HeaderException {
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                throw new HeaderException(Problem.at(where.file(), where.line(tuple.getKeyNode().getStartMark()),
                        "a field name must be a plain word", "write the field as 'name: value'"));
            }
            String key = keyNode.getValue().strip();
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            if (into.containsKey(key)) {
                throw new HeaderException(Problem.at(where.file(), where.line(keyNode.getStartMark()),
                        "the field '" + key + "' is written twice", "keep one '" + key + ":' line and delete the other"));
            }
            lines.put(path, where.line(keyNode.getStartMark()));
            into.put(key, toValue(where, tuple.getValueNode(), path, lines));
        }
    }

    private Object toValue(Where where, Node node, String path, Map<String, Integer> lines)
            throws HeaderException {
        if (node instanceof ScalarNode scalar) {
            return scalarValue(scalar);
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            int index = 0;
            for (Node item : sequence.getValue()) {
                String itemPath = path + "[" + index++ + "]";
                lines.put(itemPath, where.line(item.getStartMark()));
                list.add(toValue(where, item, itemPath, lines));
            }
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        readMapping(where, (MappingNode) node, path, map, lines);
        return map;
    }

    private static Object scalarValue(ScalarNode scalar) {
        String value = scalar.getValue();
        Tag tag = scalar.getTag();
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            return Boolean.valueOf(value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes")
                    || value.equalsIgnoreCase("on"));
        }
        if (Tag.INT.equals(tag)) {
            try {
                return Long.valueOf(value.replace("_", ""));
            } catch (NumberFormatException e) {
                return value;
            }
        }
        return value;
    }

    private FrontMatter parseJBakeHeader(List<String> lines, int separator) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        for (int i = 0; i < separator; i++) {
            String line = lines.get(i);
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            keyLines.put(key, i + 1);
            if (key.equals("tags") || key.equals("sources")) {
                values.put(key, List.of(value.split("\\s*,\\s*")));
            } else {
                values.put(key, value);
            }
        }
        return new FrontMatter(values, keyLines, body(lines, separator + 1), separator + 2);
    }

    private static String body(List<String> lines, int from) {
        return from >= lines.size() ? "" : String.join("\n", lines.subList(from, lines.size())) + "\n";
    }
}
