package org.whichtherapist.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.whichtherapist.ledger.FileStamp;
import org.whichtherapist.core.Problem;
import org.whichtherapist.core.Problems;

/**
 * Reads every Markdown file under {@code content/} into a {@link SourceDocument}; a file that cannot be read is
 * a problem, never skipped silently. With a {@link ContentCache} only changed files are read again.
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
    private final ContentCache cache;

    /** A loader that reads every file afresh. */
    public ContentLoader(Path projectFolder) {
        this(projectFolder, new ContentCache());
    }

    /** A loader that reads again only the files that changed since {@code cache} last saw them. */
    public ContentLoader(Path projectFolder, ContentCache cache) {
        this.projectFolder = projectFolder;
        this.cache = cache;
    }

    public record Loaded(List<SourceDocument> documents, Problems problems) {
    }

    /** One file read: the document, or the problem that stopped it being read. */
    record Read(SourceDocument document, Problem problem) {
    }

    /** A file found under content/, with its size and time. */
    private record ContentFile(Path file, BasicFileAttributes attributes) {
    }

    public Loaded load(Path contentFolder) throws IOException {
        return load(contentFolder, file -> { });
    }

    /** Loads every file on every core, in the files' order, telling {@code progress} which it is reading. */
    public Loaded load(Path contentFolder, Consumer<String> progress) throws IOException {
        List<ContentFile> files = contentFiles(contentFolder);
        List<Read> reads;
        try {
            reads = files.parallelStream().map(file -> {
                try {
                    return read(file, contentFolder, progress);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        cache.keepOnly(files.stream().map(ContentFile::file).toList());
        Problems problems = new Problems();
        reads.stream().map(Read::problem).filter(java.util.Objects::nonNull).forEach(problems::error);
        return new Loaded(reads.stream().map(Read::document).filter(java.util.Objects::nonNull).toList(), problems);
    }

    private Read read(ContentFile found, Path contentFolder, Consumer<String> progress) throws IOException {
        Path file = found.file();
        String path = relative(projectFolder, file);
        progress.accept(path);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(MARKDOWN)) {
            return new Read(null, Problem.at(path, 0, "only Markdown files (.md) are read as pages, so this file would be lost",
                    "rename it to end in .md, or move it to assets/ if it is not a page"));
        }
        if (found.attributes().size() > MAX_FILE_BYTES) {
            return new Read(null, Problem.at(path, 0, "the file is larger than " + MAX_FILE_BYTES / 1024 / 1024 + " MB",
                    "split it into several pages, or move large data out of the text"));
        }
        String contentPath = relative(contentFolder, file);
        return cache.read(file, path, contentPath, FileStamp.of(found.attributes()),
                bytes -> readDocument(bytes, path, contentPath));
    }

    private Read readDocument(byte[] bytes, String path, String contentPath) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Read(null, Problem.at(path, lineOfFirstBadByte(bytes), "the file is not saved as UTF-8 text",
                    "open it in your editor and save it with the UTF-8 encoding"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try {
            return new Read(new SourceDocument(path, contentPath, parser.parse(path, text)), null);
        } catch (FrontMatterParser.HeaderException e) {
            return new Read(null, e.problem());
        }
    }

    private static List<ContentFile> contentFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<ContentFile> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
                if (attributes.isDirectory()) {
                    if (!Files.exists(entry.resolve(IGNORE_MARKER))) {
                        files.addAll(contentFiles(entry));
                    }
                } else if (isPageFile(name)) {
                    files.add(new ContentFile(entry, attributes));
                }
            }
        }
        return files;
    }

    private static boolean isPageFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(MARKDOWN) || OTHER_PAGE_EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    /** The line holding the first byte that is not UTF-8 (where the decoder stops). */
    private static int lineOfFirstBadByte(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        StandardCharsets.UTF_8.newDecoder().decode(in, java.nio.CharBuffer.allocate(bytes.length + 1), true);
        return 1 + (int) IntStream.range(0, in.position()).filter(i -> bytes[i] == '\n').count();
    }

    public static String relative(Path base, Path file) {
        return base.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                .toString().replace('\\', '/');
    }
}
