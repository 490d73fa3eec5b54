package org.whichtherapist;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.whichtherapist.ledger.CodeVersion;
import org.whichtherapist.ledger.KeptFolder;
import org.whichtherapist.ledger.TargetFolders;

/**
 * What {@code mvn package} runs: {@link Main} in a JVM of its own, started from a class-data archive (AppCDS) in
 * {@code target/cds/} that the first build makes, named by the {@link CodeVersion} of the runtime, options and jars
 * (AppCDS reads only jars, so the project's classes come from its jar). A refused build ends with the child's exit code.
 *
 * <p>usage: {@code ForkedBuild TARGET_FOLDER PROJECT_JAR build ...} (the rest as for {@link Main}).
 */
public final class ForkedBuild {
    /**
     * Measured on the 1,000-post benchmark (2 cores): C1 alone took half the CPU time of tiered compilation;
     * the serial collector the same time as the parallel one at half the memory. 1 GB suits 5,000 posts.
     */
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx1g",
            "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    /** System properties the build reads, passed on from Maven's command line ({@code -Dsite.host=...}). */
    private static final List<String> PASSED_ON = List.of("site.", "whichtherapist.", "log.console.level",
            "org.freemarker.");

    private ForkedBuild() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path target = Path.of(args[0]);
        Path projectJar = Path.of(args[1]);
        List<String> buildArgs = List.of(args).subList(2, args.length);
        List<String> classPath = classPath(projectJar);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(OPTIONS);
        KeptFolder archives = new KeptFolder(new TargetFolders(target.getParent()).classData());
        String archive = null;
        Path making = null;
        if (classPath.stream().allMatch(entry -> entry.endsWith(".jar"))) {
            archive = "build-" + CodeVersion.of(projectJar, classPath, OPTIONS.toArray(String[]::new)).substring(0, 24)
                    + ".jsa";
            if (archives.has(archive)) {
                command.add("-XX:SharedArchiveFile=" + archives.entry(archive));
            } else {
                making = archives.partial();
                command.add("-XX:ArchiveClassesAtExit=" + making);
            }
            archives.forgetUnused();
        }
        System.getProperties().stringPropertyNames().stream().sorted()
                .filter(name -> !name.equals(Main.IN_MAVEN) && PASSED_ON.stream().anyMatch(name::startsWith))
                .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classPath));
        command.add(Main.class.getName());
        command.addAll(buildArgs);
        int code = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (making != null && Files.isRegularFile(making)) {
            archives.moveIn(making, archive);
        }
        if (code != 0) {
            System.out.flush();
            System.err.flush();
            System.exit(code);
        }
    }

    /** The class path this class was loaded from, with the project's class folder replaced by its jar. */
    static List<String> classPath(Path projectJar) {
        List<String> entries = ForkedBuild.class.getClassLoader() instanceof URLClassLoader urls
                ? Arrays.stream(urls.getURLs()).map(ForkedBuild::path).toList()
                : List.of(System.getProperty("java.class.path").split(File.pathSeparator));
        String classes = CodeVersion.ownCode().toString();
        boolean useJar = Files.isRegularFile(projectJar);
        return entries.stream().map(entry -> useJar && samePath(entry, classes) ? projectJar.toString() : entry).toList();
    }

    private static String path(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            return url.getPath();
        }
    }

    private static boolean samePath(String a, String b) {
        return Path.of(a).toAbsolutePath().normalize().equals(Path.of(b).toAbsolutePath().normalize());
    }
}
