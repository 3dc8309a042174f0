package org.inferenceshift.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.inferenceshift.figure.Figure;
import org.inferenceshift.figure.HeatMap;
import org.inferenceshift.figure.Heading;
import org.inferenceshift.figure.Panel;
import org.inferenceshift.figure.Placeholder;
import org.inferenceshift.figure.Plot;

/**
 * Draws a {@link Figure} into a PNG, off screen (no window, no display needed): its heading band, then its
 * panels in the grid (plots and heat maps with XChart). The drawing depends only on the figure, so the
 * same figure gives the same bytes. The only package of the model that knows XChart or AWT.
 */
public final class FigureRenderer {
    static final int HEADING_HEIGHT = 64;
    static final Font TITLE_FONT = new Font(Awt.FACE, Font.BOLD, 14);
    private static final Color RULE = new Color(0xEBEBEB);
    private static final Color MUTED = new Color(0x555555);
    private static final Color FRAME = new Color(0xBBBBBB);

    private FigureRenderer() {
    }

    public static byte[] png(Figure figure) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(render(figure), "png", out);
        return out.toByteArray();
    }

    public static void write(Figure figure, Path file) throws IOException {
        Files.write(file, png(figure));
    }

    static BufferedImage render(Figure figure) {
        List<Panel> panels = figure.panels();
        int cellWidth = panels.get(0).width();
        int cellHeight = panels.get(0).height();
        int top = figure.heading() == null ? 0 : HEADING_HEIGHT;
        int width = figure.columns() * cellWidth;
        int height = top + figure.rows() * cellHeight;
        BufferedImage image = new BufferedImage(width, height,
                figure.alphaChannel() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            antialias(g);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            if (figure.heading() != null) {
                drawHeading(g, figure.heading(), width);
            }
            for (int i = 0; i < panels.size(); i++) {
                int x = (i % figure.columns()) * cellWidth;
                int y = top + (i / figure.columns()) * cellHeight;
                if (figure.alphaChannel()) {
                    // as XChart's encoder tiles charts: each drawn on an opaque image of its own, then copied
                    g.drawImage(tile(panels.get(i)), x, y, null);
                } else {
                    // in place: anti-aliased edges depend on where a shape lies, so the place must not change
                    Graphics2D cell = (Graphics2D) g.create(x, y, cellWidth, cellHeight);
                    try {
                        draw(cell, panels.get(i));
                    } finally {
                        cell.dispose();
                    }
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static BufferedImage tile(Panel panel) {
        BufferedImage image = new BufferedImage(panel.width(), panel.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            antialias(g);
            draw(g, panel);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void draw(Graphics2D g, Panel panel) {
        if (panel instanceof Plot plot) {
            XyCharts.paint(g, plot);
        } else if (panel instanceof HeatMap map) {
            HeatMaps.paint(g, map);
        } else if (panel instanceof Placeholder placeholder) {
            drawPlaceholder(g, placeholder);
        }
    }

    private static void antialias(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    private static void drawHeading(Graphics2D g, Heading heading, int width) {
        g.setColor(Color.BLACK);
        g.setFont(new Font(Awt.FACE, Font.BOLD, 22));
        g.drawString(heading.title(), 16, 30);
        g.setColor(MUTED);
        g.setFont(new Font(Awt.FACE, Font.PLAIN, 14));
        g.drawString(heading.subtitle(), 16, 52);
        g.setColor(RULE);
        g.drawLine(0, HEADING_HEIGHT - 4, width, HEADING_HEIGHT - 4);
    }

    private static void drawPlaceholder(Graphics2D g, Placeholder p) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, p.width(), p.height());
        g.setColor(FRAME);
        g.drawRect(12, 36, p.width() - 24, p.height() - 48);
        g.setColor(Color.BLACK);
        g.setFont(TITLE_FONT);
        centre(g, fit(g.getFontMetrics(), p.title(), p.width() - 24), p.width(), 24);
        g.setColor(MUTED);
        g.setFont(new Font(Awt.FACE, Font.PLAIN, 13));
        centre(g, p.message(), p.width(), p.height() / 2 + 6);
    }

    private static void centre(Graphics2D g, String text, int width, int y) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, Math.max(4, (width - fm.stringWidth(text)) / 2), y);
    }

    /** The text if it fits in {@code width} pixels, else the longest prefix that fits, with an ellipsis. */
    static String fit(FontMetrics fm, String text, int width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && fm.stringWidth(cut + "...") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "...";
    }
}
