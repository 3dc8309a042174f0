package org.inferenceshift.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.inferenceshift.figure.Colour;
import org.inferenceshift.figure.Stroke;
import org.inferenceshift.figure.TextStyle;

/** The figure model's plain values as AWT's colours, strokes and fonts. */
final class Awt {
    static final String FACE = Font.SANS_SERIF;

    private Awt() {
    }

    static Color color(Colour c) {
        return c.alpha() == 255 ? new Color(c.rgb()) : new Color(c.red(), c.green(), c.blue(), c.alpha());
    }

    static Color[] colors(List<Colour> colours) {
        return colours.stream().map(Awt::color).toArray(Color[]::new);
    }

    /** Solid lines end square; dashed ones end flat and join round, so short dashes stay crisp. */
    static BasicStroke stroke(Stroke s) {
        if (s.isSolid()) {
            return new BasicStroke(s.width());
        }
        float[] dashes = new float[s.dashes().size()];
        for (int i = 0; i < dashes.length; i++) {
            dashes[i] = s.dashes().get(i);
        }
        return new BasicStroke(s.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dashes, 0f);
    }

    static Font font(TextStyle t) {
        return new Font(FACE, t.bold() ? Font.BOLD : Font.PLAIN, t.size());
    }
}
