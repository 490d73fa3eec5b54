package org.whichtherapist.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A name for the code that is building: the Java runtime, this project's compiled classes (their
 * bytes) and the libraries on the class path (path, size, time). Results kept between builds
 * ({@link KeptResults}) carry it in their keys, so a build by changed code never uses what other code made.
 */
public final class CodeVersion {
    private static volatile String current;

    private CodeVersion() {
    }

    public static String current() {
        String version = current;
        if (version == null) {
            version = of(ownCode(), System.getProperty("java.class.path", ""));
            current = version;
        }
        return version;
    }

    private static Path ownCode() {
        try {
            return Path.of(CodeVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("");
        }
    }

    static String of(Path ownCode, String classPath) {
        List<byte[]> parts = new ArrayList<>();
        parts.add(Runtime.version().toString().getBytes(StandardCharsets.UTF_8));
        try {
            if (Files.isDirectory(ownCode)) {
                for (Path file : SiteFiles.all(ownCode)) {
                    parts.add(SiteFiles.relative(ownCode, file).getBytes(StandardCharsets.UTF_8));
                    parts.add(Files.readAllBytes(file));
                }
            } else if (Files.isRegularFile(ownCode)) {
                parts.add(Files.readAllBytes(ownCode));
            }
            for (String entry : classPath.split(java.io.File.pathSeparator)) {
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
