package org.nadiya.victims.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** A drawn placeholder portrait for the demo (a silhouette, nobody's face), as PNG bytes. */
final class DemoPhoto {

    private DemoPhoto() {
    }

    static byte[] png() {
        var image = new BufferedImage(96, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(0xE8, 0xEE, 0xF4));
            g.fillRect(0, 0, 96, 120);
            g.setColor(new Color(0x5B, 0x6B, 0x7D));
            g.fillOval(28, 18, 40, 44);
            g.fillRoundRect(14, 70, 68, 60, 30, 30);
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
