package org.whichtherapist.markdown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Function;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.jetbrains.annotations.NotNull;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Pictures load without holding up the text and without making the page jump: every Markdown
 * image gets {@code loading="lazy"}, {@code decoding="async"}, and its width and height read
 * from the file in content/ (PNG, JPEG, GIF, BMP; other formats keep their natural size).
 */
final class ImageAttributes extends IndependentAttributeProviderFactory {
    /** Finds the picture file a Markdown image in this document refers to, if it exists. */
    private final Function<Document, Function<String, Optional<Path>>> files;

    ImageAttributes(Function<Document, Function<String, Optional<Path>>> files) {
        this.files = files;
    }

    @Override
    public @NotNull AttributeProvider apply(@NotNull LinkResolverContext context) {
        Function<String, Optional<Path>> lookup = files.apply(context.getDocument());
        return (Node node, AttributablePart part, MutableAttributes attributes) -> {
            if (node instanceof Image image && part == AttributablePart.LINK) {
                attributes.replaceValue("loading", "lazy");
                attributes.replaceValue("decoding", "async");
                if (lookup != null) {
                    lookup.apply(image.getUrl().toString()).flatMap(ImageAttributes::size).ifPresent(size -> {
                        attributes.replaceValue("width", Integer.toString(size[0]));
                        attributes.replaceValue("height", Integer.toString(size[1]));
                    });
                }
            }
        };
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
