package org.whichtherapist.markdown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.jetbrains.annotations.NotNull;
import org.whichtherapist.photos.PhotoFile;
import org.whichtherapist.photos.PhotoFiles;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Pictures load lazily, without making the page jump, and no bigger than the screen needs: a JPEG or PNG in
 * content/ points at its resized copies through {@code srcset}; every picture gets its width and height.
 * Every table takes keyboard focus: a wide one scrolls in its own box (WCAG 2.1.1, scrollable-region-focusable).
 */
final class HtmlAttributes extends IndependentAttributeProviderFactory {
    /** How wide a picture is shown: the text column (42rem) on wide screens, the screen less its margins on phones. */
    static final String SIZES = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";
    /** The width in {@code src}, for readers (feed readers, old browsers) that ignore {@code srcset}. */
    private static final int FALLBACK_WIDTH = 1080;

    @Override
    public @NotNull AttributeProvider apply(@NotNull LinkResolverContext context) {
        MarkdownRenderer.PageContext page = MarkdownRenderer.PAGE.get(context.getDocument());
        return (Node node, AttributablePart part, MutableAttributes attributes) -> {
            if (node instanceof TableBlock && part == AttributablePart.NODE) {
                attributes.replaceValue("tabindex", "0");
            } else if (node instanceof Image image && part == AttributablePart.LINK) {
                attributes.replaceValue("loading", "lazy");
                attributes.replaceValue("decoding", "async");
                if (page != null) {
                    describe(page, image.getUrl().toString(), attributes);
                }
            }
        };
    }

    private static void describe(MarkdownRenderer.PageContext page, String address, MutableAttributes attributes) {
        Optional<String> contentPath = page.links().pictureContentPath(page.doc().contentPath(), address);
        Optional<PhotoFile> photo = contentPath.flatMap(path -> PhotoFiles.read(page.links().contentFolder(), path));
        if (photo.isPresent()) {
            List<PhotoFile.Variant> sizes = photo.get().variants();
            PhotoFile.Variant shown = photo.get().widestUpTo(FALLBACK_WIDTH);
            String pageOutput = page.doc().outputUri();
            attributes.replaceValue("src", PageLinks.relativeUrl(pageOutput, shown.path()));
            if (sizes.size() > 1) {
                attributes.replaceValue("srcset", sizes.stream()
                        .map(v -> PageLinks.relativeUrl(pageOutput, v.path()) + " " + v.width() + "w")
                        .collect(Collectors.joining(", ")));
                attributes.replaceValue("sizes", SIZES);
            }
            attributes.replaceValue("width", Integer.toString(shown.width()));
            attributes.replaceValue("height", Integer.toString(shown.height()));
            return;
        }
        contentPath.map(page.links().contentFolder()::resolve).flatMap(HtmlAttributes::size).ifPresent(size -> {
            attributes.replaceValue("width", Integer.toString(size[0]));
            attributes.replaceValue("height", Integer.toString(size[1]));
        });
    }

    /** Width and height from the file's header, without decoding the picture. */
    static Optional<int[]> size(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
