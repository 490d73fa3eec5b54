package org.whichtherapist.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.whichtherapist.core.SiteFiles;

/**
 * A name for the code that builds: the Java runtime, this project's compiled classes (their bytes) and
 * the libraries on the class path (path, size, time); kept results and the forked build's class-data
 * archive carry it, so changed code never uses what other code made.
 */
public final class CodeVersion {
    private static volatile String current;

    private CodeVersion() {
    }

    public static String current() {
        if (current == null) { // two threads may both work it out, to the same name
            current = of(ownCode(), List.of(System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)));
        }
        return current;
    }

    /** Where this project's classes were loaded from: a class folder or a jar ("" when not known). */
    public static Path ownCode() {
        try {
            return Path.of(CodeVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("");
        }
    }

    /** The name of {@code ownCode} (a class folder or a jar) run with {@code classPath} and the {@code options}. */
    public static String of(Path ownCode, List<String> classPath, String... options) {
        List<byte[]> parts = new ArrayList<>();
        parts.add((Runtime.version() + " " + System.getProperty("java.home") + " " + List.of(options))
                .getBytes(StandardCharsets.UTF_8));
        try {
            if (Files.isDirectory(ownCode)) {
                for (Path file : SiteFiles.all(ownCode)) {
                    parts.add(SiteFiles.relative(ownCode, file).getBytes(StandardCharsets.UTF_8));
                    parts.add(Files.readAllBytes(file));
                }
            } else if (Files.isRegularFile(ownCode)) {
                parts.add(Files.readAllBytes(ownCode));
            }
            for (String entry : classPath) {
                Path library = Path.of(entry);
                if (Files.isRegularFile(library)) {
                    parts.add((library.toAbsolutePath() + " " + Files.size(library) + " "
                            + Files.getLastModifiedTime(library).toMillis()).getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the build's own code in " + ownCode, e);
        }
        return KeptFolder.key(parts.toArray(byte[][]::new));
    }
}
