package org.whichtherapist.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.whichtherapist.source.ContentLoader;
import org.whichtherapist.core.Problems;

/**
 * Keeps the build's reading and writing where it belongs, checked before anything is read: no symbolic link in
 * content/, assets/ or templates/ leads outside its folder, nowhere, or into a folder around it (JBake's asset
 * copier follows links); the output folder is no link, not the project or around it, and not inside a source
 * folder (it is replaced on every build).
 */
public final class SourceFolders {
    private final Path project;

    public SourceFolders(Path project) {
        this.project = project.toAbsolutePath().normalize();
    }

    public Problems check(List<Path> sourceFolders, Path output) throws IOException {
        Problems problems = new Problems();
        for (Path folder : sourceFolders) {
            checkLinks(folder.toAbsolutePath().normalize(), problems);
        }
        checkOutput(output.toAbsolutePath().normalize(), sourceFolders, problems);
        return problems;
    }

    private void checkLinks(Path folder, Problems problems) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isSymbolicLink(folder)) {
                problems.error(name(folder), 0, "the folder is a symbolic link",
                        "replace the link with a real folder holding the files");
            }
            return;
        }
        Path root = folder.toRealPath();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path link : walk.filter(Files::isSymbolicLink).toList()) {
                linkProblem(link, root).ifPresent(what -> problems.error(name(link), 0, what,
                        "replace the link with a copy of the file, or remove it"));
            }
        }
    }

    private static java.util.Optional<String> linkProblem(Path link, Path root) throws IOException {
        if (!Files.exists(link)) {
            return java.util.Optional.of("this symbolic link leads nowhere");
        }
        Path target = link.toRealPath();
        if (!target.startsWith(root)) {
            return java.util.Optional.of("this symbolic link leads outside " + root.getFileName() + "/, to " + target
                    + ", so that file would be published");
        }
        if (Files.isDirectory(target) && link.getParent().toRealPath().startsWith(target)) {
            return java.util.Optional.of("this symbolic link leads back to a folder around it, so copying it would never end");
        }
        return java.util.Optional.empty();
    }

    private void checkOutput(Path output, List<Path> sourceFolders, Problems problems) throws IOException {
        String fix = "build into a folder of its own, e.g. target/site (--output, or site.output in pom.xml)";
        if (Files.isSymbolicLink(output)) {
            problems.error(name(output), 0, "the output folder is a symbolic link; the build deletes and replaces"
                    + " the output folder, which would reach wherever the link leads", fix);
        } else if (project.startsWith(output)) {
            problems.error(name(output), 0, "the output folder holds the project itself, which every build would"
                    + " delete and replace", fix);
        } else {
            for (Path folder : sourceFolders) {
                Path source = folder.toAbsolutePath().normalize();
                if (output.startsWith(source)) {
                    problems.error(name(output), 0, "the output folder is inside " + name(source)
                            + "/, so the site would be read back as its own source", fix);
                }
            }
        }
    }

    private String name(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(project)) {
            return absolute.toString();
        }
        String relative = ContentLoader.relative(project, absolute);
        return relative.isEmpty() ? "." : relative;
    }
}
