package org.nadiya.victims;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** A real, small PNG (a browser must be able to draw it), made for tests. */
public final class PersonRecordsTestImage {

    public static final byte[] PNG = draw();

    private PersonRecordsTestImage() {
    }

    private static byte[] draw() {
        var image = new BufferedImage(40, 50, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x44, 0x88, 0xAA));
        g.fillRect(0, 0, 40, 50);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
