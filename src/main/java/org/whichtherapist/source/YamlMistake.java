package org.whichtherapist.source;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML mistake in plain words, at the line where it starts, with advice for that mistake. SnakeYAML often
 * notices one lines later, so the text is read again line by line before the parser's position is used.
 *
 * @param line the line of the YAML text, from 0
 */
record YamlMistake(int line, String message, String fix) {
    /** {@code key: "text} or {@code - 'text}: a value that opens a quote. */
    private static final Pattern OPENS_QUOTE = Pattern.compile("^(\\s*(?:[^\\s:#][^:#]*:|-)\\s+)([\"'])(.*)$");
    /** {@code key: value} with the key's name. */
    private static final Pattern FIELD = Pattern.compile("^(\\s*)([^\\s:#\"'\\[{-][^:#]*?):(?:\\s+(.*))?$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*-(\\s.*)?$");
    private static final String RESERVED = "*&!|>@`%";

    /** The mistake behind {@code e}, found in {@code yaml} (the text the parser read). */
    static YamlMistake of(String yaml, MarkedYAMLException e) {
        List<String> lines = yaml.lines().toList();
        int at = line(e.getProblemMark(), line(e.getContextMark(), 0));
        return tab(lines, at)
                .or(() -> unclosedQuote(lines, at, e))
                .or(() -> unclosedList(lines, e))
                .or(() -> listItemOutsideAList(lines, at, e))
                .or(() -> colonInText(lines, at, e))
                .or(() -> missingColon(lines, e))
                .or(() -> reservedSign(lines, at))
                .orElseGet(() -> new YamlMistake(at, "this line cannot be read as 'name: value' (the YAML reader says: "
                        + e.getProblem() + ")", "write one field per line, like 'title: My page'; put text that has"
                        + " ': ' in it, or starts with [ { * & ! | > ' \" % @, in double quotes"));
    }

    private static int line(Mark mark, int otherwise) {
        return mark == null ? otherwise : mark.getLine();
    }

    private static String lineAt(List<String> lines, int line) {
        return line >= 0 && line < lines.size() ? lines.get(line) : "";
    }

    /** A tab in the indent, on any line up to the one the parser stopped at. */
    private static Optional<YamlMistake> tab(List<String> lines, int at) {
        for (int i = 0; i <= Math.min(at, lines.size() - 1); i++) {
            String line = lines.get(i);
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            if (indent.indexOf('\t') >= 0) {
                return Optional.of(new YamlMistake(i, "this line is indented with a tab",
                        "indent with spaces, not a tab (two spaces for each step in)"));
            }
        }
        return Optional.empty();
    }

    /** The first value opening a quote it does not close on its line (YAML allows that, but the parser failed). */
    private static Optional<YamlMistake> unclosedQuote(List<String> lines, int at, MarkedYAMLException e) {
        boolean scanningQuote = "while scanning a quoted scalar".equals(e.getContext());
        int last = scanningQuote ? lines.size() - 1 : Math.min(at, lines.size() - 1);
        for (int i = 0; i <= last; i++) {
            Matcher opens = OPENS_QUOTE.matcher(lines.get(i));
            if (opens.matches() && !closes(opens.group(3), opens.group(2).charAt(0))) {
                String quote = opens.group(2);
                return Optional.of(new YamlMistake(i, "this line opens a quote (" + quote + ") that is never closed",
                        "end the text with " + quote + " on the same line: " + (opens.group(1) + quote
                                + opens.group(3).stripTrailing() + quote).strip()));
            }
        }
        if (scanningQuote) {
            int opened = line(e.getContextMark(), at);
            return Optional.of(new YamlMistake(opened, "a quote on this line is never closed",
                    "end the quoted text with the same quote mark on the same line"));
        }
        return Optional.empty();
    }

    /** Whether the text after an opening {@code quote} has its closing quote (with {@code \"} and {@code ''} escaped). */
    private static boolean closes(String rest, char quote) {
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < rest.length() && rest.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    /** A list written {@code [a, b} with no closing bracket. */
    private static Optional<YamlMistake> unclosedList(List<String> lines, MarkedYAMLException e) {
        if (!"while parsing a flow sequence".equals(e.getContext()) || e.getContextMark() == null) {
            return Optional.empty();
        }
        int opened = e.getContextMark().getLine();
        return Optional.of(new YamlMistake(opened, "the list that starts with '[' on this line has no closing ']'",
                "end the list with ']' on the same line: " + lineAt(lines, opened).strip() + "]"));
    }

    /** A {@code - item} line where the parser expected a field: the field above already has its value. */
    private static Optional<YamlMistake> listItemOutsideAList(List<String> lines, int at, MarkedYAMLException e) {
        if (!LIST_ITEM.matcher(lineAt(lines, at)).matches() || e.getProblem() == null || !e.getProblem().contains("'-'")) {
            return Optional.empty();
        }
        String above = "";
        for (int i = at - 1; i >= 0 && above.isBlank(); i--) {
            above = lines.get(i).strip();
        }
        Matcher field = FIELD.matcher(above);
        String fix = field.matches() && field.group(3) != null && !field.group(3).isBlank()
                ? "the line above ('" + above + "') already has its value; put the list under a field of its own, with"
                        + " nothing after the ':' (e.g. 'sources:'), and indent each item by two spaces: '  - "
                        + lineAt(lines, at).strip().substring(1).strip() + "'"
                : "put the list under the field it belongs to, with nothing after that field's ':', and indent each"
                        + " item by two spaces: '  - item'";
        return Optional.of(new YamlMistake(at, "this list item ('" + lineAt(lines, at).strip()
                + "') is not under a field", fix));
    }

    /** {@code title: Knee pain: what to do}: a second {@code ': '} in unquoted text; or a field indented under another. */
    private static Optional<YamlMistake> colonInText(List<String> lines, int at, MarkedYAMLException e) {
        if (!"mapping values are not allowed here".equals(e.getProblem())) {
            return Optional.empty();
        }
        Matcher field = FIELD.matcher(lineAt(lines, at));
        if (!field.matches() || field.group(3) == null) {
            return Optional.empty();
        }
        String value = field.group(3).strip();
        if (!value.contains(": ") && !value.endsWith(":")) {
            if (!field.group(1).isEmpty()) {
                return Optional.of(new YamlMistake(at, "this line is indented, but the field above it already has a value",
                        "start '" + field.group(2).strip() + ":' at the beginning of the line, like the other fields"));
            }
            return Optional.empty();
        }
        String name = field.group(2).strip();
        return Optional.of(new YamlMistake(at, "the text after '" + name + ":' has a ': ' in it, so it reads as a second"
                + " field", quoted(name, value)));
    }

    private static String quoted(String name, String value) {
        return "put the whole text in double quotes: " + name + ": \"" + value.replace("\\", "\\\\")
                .replace("\"", "\\\"") + "\"";
    }

    /** {@code type article}: a field with no colon after its name. */
    private static Optional<YamlMistake> missingColon(List<String> lines, MarkedYAMLException e) {
        if (!"could not find expected ':'".equals(e.getProblem()) || e.getContextMark() == null) {
            return Optional.empty();
        }
        int line = e.getContextMark().getLine();
        String text = lineAt(lines, line).strip();
        int space = text.indexOf(' ');
        String example = space > 0 ? text.substring(0, space) + ": " + text.substring(space + 1).strip() : "name: value";
        return Optional.of(new YamlMistake(line, "this line has no ':' after the field's name",
                "write it as 'name: value', e.g. " + example));
    }

    /** A value that starts with a sign YAML reserves ({@code *}, {@code &}, {@code @}...). */
    private static Optional<YamlMistake> reservedSign(List<String> lines, int at) {
        Matcher field = FIELD.matcher(lineAt(lines, at));
        if (!field.matches() || field.group(3) == null || field.group(3).isEmpty()
                || RESERVED.indexOf(field.group(3).charAt(0)) < 0) {
            return Optional.empty();
        }
        String name = field.group(2).strip();
        String value = field.group(3).strip();
        return Optional.of(new YamlMistake(at, "the text after '" + name + ":' starts with '" + value.charAt(0)
                + "', which has a meaning of its own in the header", quoted(name, value)));
    }
}
