package org.whichtherapist.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.whichtherapist.build.Problems;

/**
 * Reads every Markdown file under {@code content/} into a {@link SourceDocument}. Files that
 * cannot be read become problems; nothing is skipped silently.
 */
public final class ContentLoader {
    /** Marks a folder JBake and this build leave alone (e.g. {@code content/_templates}). */
    public static final String IGNORE_MARKER = ".jbakeignore";
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    private static final String MARKDOWN = ".md";
    /** Extensions JBake would treat as pages; here only Markdown is, so the others are refused. */
    private static final Set<String> OTHER_PAGE_EXTENSIONS = Set.of(
            ".html", ".htm", ".markdown", ".ad", ".adoc", ".asciidoc", ".yaml", ".yml", ".json", ".toml");

    private final Path projectFolder;
    private final FrontMatterParser parser = new FrontMatterParser();

    public ContentLoader(Path projectFolder) {
        this.projectFolder = projectFolder;
    }

    public record Loaded(List<SourceDocument> documents, Problems problems) {
    }

    public Loaded load(Path contentFolder) throws IOException {
        return load(contentFolder, file -> { });
    }

    /** Loads every file, telling {@code progress} which one it is reading. */
    public Loaded load(Path contentFolder, java.util.function.Consumer<String> progress) throws IOException {
        List<SourceDocument> documents = new ArrayList<>();
        Problems problems = new Problems();
        for (Path file : contentFiles(contentFolder)) {
            String path = relative(projectFolder, file);
            progress.accept(path);
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(MARKDOWN)) {
                problems.error(path, 0, "only Markdown files (.md) are read as pages, so this file would be lost",
                        "rename it to end in .md, or move it to assets/ if it is not a page");
                continue;
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                problems.error(path, 0, "the file is larger than " + MAX_FILE_BYTES / 1024 / 1024 + " MB",
                        "split it into several pages, or move large data out of the text");
                continue;
            }
            readDocument(file, path, relative(contentFolder, file), problems).ifPresent(documents::add);
        }
        return new Loaded(List.copyOf(documents), problems);
    }

    private java.util.Optional<SourceDocument> readDocument(Path file, String path, String contentPath,
                                                           Problems problems) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = decodeUtf8(bytes);
        } catch (MalformedInputException e) {
            problems.error(path, lineOfByte(bytes, e), "the file is not saved as UTF-8 text",
                    "open it in your editor and save it with the UTF-8 encoding");
            return java.util.Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try {
            return java.util.Optional.of(new SourceDocument(path, contentPath, parser.parse(path, text)));
        } catch (FrontMatterParser.HeaderException e) {
            problems.error(e.problem());
            return java.util.Optional.empty();
        }
    }

    private static List<Path> contentFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (Files.isDirectory(entry)) {
                    if (!Files.exists(entry.resolve(IGNORE_MARKER))) {
                        files.addAll(contentFiles(entry));
                    }
                } else if (isPageFile(name)) {
                    files.add(entry);
                }
            }
        }
        return files;
    }

    private static boolean isPageFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(MARKDOWN) || OTHER_PAGE_EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    private static String decodeUtf8(byte[] bytes) throws MalformedInputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            throw e;
        } catch (CharacterCodingException e) {
            throw new MalformedInputException(0);
        }
    }

    /** The line holding the first byte that is not UTF-8. */
    private static int lineOfByte(byte[] bytes, MalformedInputException e) {
        int bad = firstMalformedOffset(bytes);
        int line = 1;
        for (int i = 0; i < bad && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int firstMalformedOffset(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    public static String relative(Path base, Path file) {
        return base.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                .toString().replace('\\', '/');
    }
}
