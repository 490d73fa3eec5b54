package org.whichtherapist.render.pictures;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.whichtherapist.photos.ExifOrientation;
import org.whichtherapist.photos.PhotoFile;

/**
 * Makes the published sizes of a photo with the JDK alone: turned upright, scaled down in halving steps, written
 * afresh as JPEG ({@link #JPEG_QUALITY}) or PNG without the original's metadata; the same photo always gives the
 * same bytes.
 */
final class PhotoEncoder {
    static final float JPEG_QUALITY = 0.75f;
    /** Larger pictures would need too much memory to decode (a 50-megapixel photo takes 200 MB). */
    static final long MOST_PIXELS = 50_000_000L;

    private PhotoEncoder() {
    }

    /** A photo Java cannot decode, or too large to; the message says why in plain words. */
    static final class UnreadablePhoto extends IOException {
        UnreadablePhoto(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The picture, decoded and turned upright; throws with a plain message when Java cannot read it. */
    static BufferedImage readUpright(Path file, PhotoFile photo) throws IOException {
        if ((long) photo.width() * photo.height() > MOST_PIXELS) {
            throw new UnreadablePhoto("it has " + photo.width() + " × " + photo.height() + " pixels, more than "
                    + MOST_PIXELS / 1_000_000 + " million", null);
        }
        byte[] bytes = java.nio.file.Files.readAllBytes(file);
        BufferedImage read;
        try {
            read = ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new UnreadablePhoto("Java cannot decode it (" + e.getMessage() + ")", e);
        }
        if (read == null) {
            throw new UnreadablePhoto("Java cannot decode it", null);
        }
        boolean alpha = photo.png() && read.getColorModel().hasAlpha();
        int orientation = photo.png() ? 1 : ExifOrientation.of(bytes);
        return upright(read, orientation, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    }

    /** One published size of the (upright) picture, encoded. */
    static byte[] encode(BufferedImage upright, PhotoFile.Variant size, boolean png) throws IOException {
        BufferedImage scaled = scale(upright, size.width(), size.height());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (png) {
            ImageIO.write(scaled, "png", out);
            return out.toByteArray();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(scaled, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static BufferedImage scale(BufferedImage source, int width, int height) {
        BufferedImage current = source;
        int w = current.getWidth();
        int h = current.getHeight();
        while (w / 2 >= width && h / 2 >= 1) {
            w /= 2;
            h /= 2;
            current = draw(current, w, h, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        return w == width && h == height ? current : draw(current, width, height,
                RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, Object interpolation) {
        BufferedImage target = new BufferedImage(width, height, source.getType());
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** The picture in {@code type}, turned by EXIF orientation 1–8. */
    private static BufferedImage upright(BufferedImage read, int orientation, int type) {
        int w = read.getWidth();
        int h = read.getHeight();
        boolean turned = orientation >= 5 && orientation <= 8;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> t.setTransform(0, 1, 1, 0, 0, 0); // x' = y, y' = x
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> t.setTransform(0, -1, -1, 0, h, w); // x' = h - y, y' = w - x
            case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { }
        }
        BufferedImage target = new BufferedImage(turned ? h : w, turned ? w : h, type);
        Graphics2D g = target.createGraphics();
        try {
            g.drawImage(read, t, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}
