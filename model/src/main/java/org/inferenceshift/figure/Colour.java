package org.inferenceshift.figure;

/**
 * A colour as plain values: 24-bit RGB and an opacity from 0 (invisible) to 255 (opaque).
 *
 * @param rgb   {@code 0xRRGGBB}
 * @param alpha opacity, 0-255
 */
public record Colour(int rgb, int alpha) {
    public static final Colour WHITE = of(0xFFFFFF);
    public static final Colour BLACK = of(0x000000);

    public Colour {
        if ((rgb & ~0xFFFFFF) != 0 || alpha < 0 || alpha > 255) {
            throw new IllegalArgumentException("colour 0x" + Integer.toHexString(rgb) + " alpha " + alpha
                    + ": rgb must fit 0xRRGGBB and alpha 0-255");
        }
    }

    /** An opaque colour. */
    public static Colour of(int rgb) {
        return new Colour(rgb, 255);
    }

    public Colour withAlpha(int opacity) {
        return new Colour(rgb, opacity);
    }

    public int red() {
        return rgb >> 16 & 0xFF;
    }

    public int green() {
        return rgb >> 8 & 0xFF;
    }

    public int blue() {
        return rgb & 0xFF;
    }
}
