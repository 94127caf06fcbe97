package org.incidentatlas.ui.export;

import java.awt.image.BufferedImage;

/** Reference-image comparison shared by the tests of other packages (see {@link ImageDiff}). */
public final class ImageDiffs {
    /** Share of pixels off by more than the tolerance, and the red-on-grey difference image. */
    public record Result(double fraction, BufferedImage image) {
    }

    private ImageDiffs() {
    }

    public static Result of(BufferedImage expected, BufferedImage actual, int tolerance) {
        ImageDiff d = ImageDiff.of(expected, actual, tolerance);
        return new Result(d.fraction(), d.image());
    }
}
