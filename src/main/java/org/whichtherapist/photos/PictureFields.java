package org.whichtherapist.photos;

import org.whichtherapist.source.ContentLoader;
import org.whichtherapist.source.FrontMatter;
import org.whichtherapist.source.SourceDocument;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

import org.whichtherapist.core.Problems;

/** A page's share picture ({@code image:}) is a readable JPEG or PNG in content/, described in {@code image_alt:}. */
public final class PictureFields {
    private PictureFields() {
    }

    public static Problems check(Collection<SourceDocument> documents, Path contentFolder) {
        Problems problems = new Problems();
        for (SourceDocument doc : documents) {
            FrontMatter fm = doc.frontMatter();
            Optional<String> image = fm.text("image").map(String::strip);
            if (image.isEmpty()) {
                if (fm.has("image_alt")) {
                    problems.warn(doc.path(), fm.lineOf("image_alt"), "'image_alt' describes a picture, but there is"
                            + " no 'image'", "add 'image:' with the picture's file, or remove 'image_alt'");
                }
                continue;
            }
            int line = fm.lineOf("image");
            Path root = contentFolder.toAbsolutePath().normalize();
            Path file = root.resolve(doc.contentPath()).resolveSibling(image.get()).normalize();
            if (!PhotoFile.isPhoto(image.get()) || !file.startsWith(root)) {
                problems.error(doc.path(), line, "the picture '" + image.get() + "' is not a JPEG or PNG file in content/",
                        "give a .jpg or .png file next to this page or below content/, e.g. image: img/knee.jpg");
            } else if (PhotoFiles.read(root, ContentLoader.relative(root, file)).isEmpty()) {
                problems.error(doc.path(), line, "the picture '" + image.get() + "' is missing or cannot be read",
                        "check the file name; it is relative to this page's file, e.g. image: img/knee.jpg");
            }
            if (fm.text("image_alt").map(String::isBlank).orElse(true)) {
                problems.error(doc.path(), line, "the picture '" + image.get() + "' has no description",
                        "add a line 'image_alt:' saying what it shows, e.g. image_alt: A physiotherapist bending a knee");
            }
        }
        return problems;
    }
}
