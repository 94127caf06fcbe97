package org.incidentatlas.ui.export;

import java.awt.image.BufferedImage;

/** Pixel comparison for reference-image tests: share of pixels off by more than a tolerance, and a red-on-grey map. */
record ImageDiff(double fraction, BufferedImage image) {
    static ImageDiff of(BufferedImage expected, BufferedImage actual, int tolerance) {
        int w = Math.max(expected.getWidth(), actual.getWidth());
        int h = Math.max(expected.getHeight(), actual.getHeight());
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        long bad = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean inBoth = x < expected.getWidth() && y < expected.getHeight() && x < actual.getWidth()
                        && y < actual.getHeight();
                int e = inBoth ? expected.getRGB(x, y) : 0;
                int a = inBoth ? actual.getRGB(x, y) : 0xffffffff;
                int d = Math.max(Math.abs((e >> 16 & 255) - (a >> 16 & 255)),
                        Math.max(Math.abs((e >> 8 & 255) - (a >> 8 & 255)), Math.abs((e & 255) - (a & 255))));
                if (!inBoth || d > tolerance) {
                    bad++;
                    out.setRGB(x, y, 0xff0000);
                } else {
                    int g = ((a >> 16 & 255) + (a >> 8 & 255) + (a & 255)) / 3 / 2 + 128;
                    out.setRGB(x, y, g << 16 | g << 8 | g);
                }
            }
        }
        return new ImageDiff(bad / (double) (w * h), out);
    }
}
