package org.whichtherapist;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import javax.imageio.ImageIO;

/** Photos the tests make for themselves, as a phone would write them, rather than keeping big files in the repository. */
public final class TestPhotos {
    /** 51° 30' N: where the test photos say they were taken (EXIF GPS latitude, three rationals' first two). */
    public static final byte[] LATITUDE = {51, 0, 0, 0, 1, 0, 0, 0, 30, 0, 0, 0, 1, 0, 0, 0};

    private TestPhotos() {
    }

    /** A photo like one of a landscape, {@code width} pixels wide, with GPS EXIF: {@link #jpegWithExif}. */
    public static byte[] landscape(int width, int height) {
        return jpegWithExif(photoLike(width, height), 1);
    }

    /** Something like a landscape photo: sky, hills, a little sensor noise (so it compresses like one). */
    public static BufferedImage photoLike(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random noise = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double hill = height * (0.55 + 0.08 * Math.sin(x * 6.0 / width) + 0.04 * Math.sin(x * 23.0 / width));
                int n = noise.nextInt(13) - 6;
                int r;
                int g;
                int b;
                if (y < hill) {
                    r = 150 + 60 * y / height;
                    g = 190 + 40 * y / height;
                    b = 235;
                } else {
                    double shade = Math.sin(x * 0.02) * Math.sin(y * 0.015) * 25;
                    r = (int) (60 + shade);
                    g = (int) (120 + shade + 40.0 * (y - hill) / height);
                    b = (int) (50 + shade / 2);
                }
                image.setRGB(x, y, clamp(r + n) << 16 | clamp(g + n) << 8 | clamp(b + n));
            }
        }
        return image;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    /**
     * A JPEG written by the JDK, with an EXIF block (orientation, and a GPS latitude of 51° 30' N)
     * put in after its JFIF header, as a phone's camera writes one.
     */
    public static byte[] jpegWithExif(BufferedImage image, int orientation) {
        try {
            ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
            ImageIO.write(image, "jpeg", jpeg);
            byte[] plain = jpeg.toByteArray();
            int afterJfif = 4 + ((plain[4] & 0xff) << 8 | plain[5] & 0xff);
            ByteBuffer tiff = ByteBuffer.allocate(92).order(ByteOrder.LITTLE_ENDIAN);
            tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
            tiff.putShort((short) 2); // IFD0: orientation, and where the GPS block is
            tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
            tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
            tiff.putInt(0);
            tiff.putShort((short) 2); // GPS: latitude reference and latitude
            tiff.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
            tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(68);
            tiff.putInt(0);
            tiff.put(LATITUDE).putInt(0).putInt(1);
            byte[] exif = new byte[6 + tiff.capacity()];
            System.arraycopy("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exif, 0, 6);
            System.arraycopy(tiff.array(), 0, exif, 6, tiff.capacity());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(plain, 0, afterJfif);
            out.write(0xff);
            out.write(0xe1);
            out.write((exif.length + 2) >> 8);
            out.write((exif.length + 2) & 0xff);
            out.write(exif);
            out.write(plain, afterJfif, plain.length - afterJfif);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
