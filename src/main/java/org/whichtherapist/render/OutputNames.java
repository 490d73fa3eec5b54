package org.whichtherapist.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.whichtherapist.core.Problems;

/**
 * Every file the build will write, named before anything is written: none outside the output folder, none
 * Windows cannot hold (CON, NUL, {@code :}…), and no two differing only in capitals.
 */
public final class OutputNames {
    private static final Pattern RESERVED = Pattern.compile("(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\\..*)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:.*");
    private static final Set<Character> FORBIDDEN = Set.of('<', '>', ':', '"', '|', '?', '*', '\\');

    /**
     * One file to be written: its path in the site, the file and line that cause it, and whether
     * several sources may share it (a tag's page is written once for every page with that tag).
     */
    public record Planned(String output, String source, int line, boolean shared) {
    }

    private final List<Planned> planned = new ArrayList<>();

    public void add(String output, String source, int line) {
        planned.add(new Planned(output, source, line, false));
    }

    /** A file that any number of sources may ask for, such as a tag's page. */
    public void addShared(String output, String source, int line) {
        planned.add(new Planned(output, source, line, true));
    }

    public Problems check() {
        Problems problems = new Problems();
        Map<String, Planned> seen = new LinkedHashMap<>();
        // A tag's page is planned once for every page with the tag: its name is judged once.
        Map<String, Optional<Wrong>> judged = new HashMap<>();
        for (Planned file : planned) {
            Wrong wrong = judged.computeIfAbsent(file.output(), output -> Optional.ofNullable(wrongName(output)))
                    .orElse(null);
            if (wrong != null) {
                problems.error(file.source(), file.line(), "this would be written to '" + file.output() + "', "
                        + wrong.why(), wrong.fix());
                continue;
            }
            Planned other = seen.putIfAbsent(file.output().toLowerCase(Locale.ROOT), file);
            if (other != null && !other.output().equals(file.output())) {
                problems.error(file.source(), file.line(), "this would be written to '" + file.output()
                                + "', which differs only in capitals from '" + other.output() + "' (from " + other.source()
                                + "); on Windows, macOS and many web hosts they are the same file",
                        "rename one of them; lower-case names are safest");
            } else if (other != null && !other.source().equals(file.source()) && !(other.shared() && file.shared())) {
                problems.error(file.source(), file.line(), "this would be written to '" + file.output()
                        + "', the same place as " + other.source(), "rename one of the two files");
            }
        }
        return problems;
    }

    private record Wrong(String why, String fix) {
    }

    /** Why a path in the site cannot be written safely, or null if it can. */
    private static Wrong wrongName(String output) {
        String rename = "rename it using lower-case letters, digits and hyphens";
        if (output.isEmpty() || output.startsWith("/") || output.contains("//") || DRIVE.matcher(output).matches()) {
            return new Wrong("which is not a path inside the site", "write a name inside the site, e.g. 'robots.txt'");
        }
        for (String part : output.split("/")) {
            if (part.equals("..") || part.equals(".")) {
                return new Wrong("outside the site's folder", "write a name inside the site, without '../'");
            }
            if (RESERVED.matcher(part).matches()) {
                return new Wrong("a name Windows keeps for a device ('" + part + "'), so the site could not be"
                        + " copied there", rename);
            }
            if (part.endsWith(".") || part.endsWith(" ")) {
                return new Wrong("a name ending in a dot or a space, which Windows changes", rename);
            }
            for (char c : part.toCharArray()) {
                if (c < ' ' || FORBIDDEN.contains(c)) {
                    return new Wrong("a name with " + (c < ' ' ? "a control character" : "'" + c + "'")
                            + ", which Windows does not allow in file names", rename);
                }
            }
        }
        return null;
    }
}
