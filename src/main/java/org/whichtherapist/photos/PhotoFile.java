package org.whichtherapist.photos;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.whichtherapist.core.Hashes;

/**
 * A JPEG or PNG picture under content/, published only resized into a few widths ({@link #variants()}), each
 * with a name that changes when the picture does.
 *
 * @param hash  the first characters of the SHA-256 of its bytes (and of {@link #ENCODING})
 * @param width its width as shown, after any rotation its camera recorded
 */
public record PhotoFile(String contentPath, String hash, int width, int height, boolean png) {
    /** The widths published, for phones (1x and 2x), tablets and desktops (1x and 2x). */
    public static final List<Integer> WIDTHS = List.of(480, 720, 1080, 1440);
    /** Where the resized files are published, below the site root. */
    public static final String FOLDER = "pictures/";
    /** Changes every name when the way pictures are encoded changes. */
    static final String ENCODING = "jpeg-q75-v1";
    private static final int HASH_CHARS = 10;

    /** One published size of the picture. */
    public record Variant(int width, int height, String path) {
    }

    /** Whether the file is one the build resizes (by its name: .jpg, .jpeg or .png). */
    public static boolean isPhoto(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".png");
    }

    /** Reads the picture's size and fingerprint; empty if it is no JPEG or PNG Java can read. */
    public static Optional<PhotoFile> read(Path contentFolder, String contentPath) throws IOException {
        byte[] bytes = Files.readAllBytes(contentFolder.resolve(contentPath));
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!format.equals("jpeg") && !format.equals("png")) {
                    return Optional.empty();
                }
                boolean png = format.equals("png");
                int orientation = png ? 1 : ExifOrientation.of(bytes);
                boolean turned = orientation >= 5 && orientation <= 8;
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                return Optional.of(new PhotoFile(contentPath, hash(bytes), turned ? h : w, turned ? w : h, png));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The sizes published, smallest first: each of {@link #WIDTHS} below the picture's width, then its own width up to the largest. */
    public List<Variant> variants() {
        List<Integer> widths = new ArrayList<>(WIDTHS.stream().filter(w -> w < width).toList());
        if (width <= WIDTHS.get(WIDTHS.size() - 1)) {
            widths.add(width);
        }
        return widths.stream().map(w -> new Variant(w, Math.max(1, Math.round((float) height * w / width)),
                FOLDER + stem() + "-" + w + "." + hash + (png ? ".png" : ".jpg"))).toList();
    }

    /** The largest published size no wider than {@code most} (the smallest one if all are wider). */
    public Variant widestUpTo(int most) {
        List<Variant> all = variants();
        return all.stream().filter(v -> v.width() <= most).reduce((smaller, wider) -> wider).orElse(all.get(0));
    }

    /** The file name without folder and extension, in lower-case letters, digits and hyphens. */
    private String stem() {
        String name = contentPath.substring(contentPath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String stem = (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return stem.isEmpty() ? "picture" : stem;
    }

    private static String hash(byte[] bytes) {
        return Hashes.sha256Hex(bytes, ENCODING.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).substring(0, HASH_CHARS);
    }
}
