package org.inferenceshift.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * An x-y plot: axes, legend and look, then its layers drawn in order (the first underneath) and its
 * annotations over them.
 *
 * @param shortenTitle cut a title too wide for the plot, with an ellipsis
 */
public record Plot(int width, int height, String title, boolean shortenTitle, Axis x, Axis y, Legend legend,
                   Style style, List<Layer> layers, List<Annotation> annotations) implements Panel {
    public Plot {
        layers = List.copyOf(layers);
        annotations = List.copyOf(annotations);
        for (Layer layer : layers) {
            if (x.log()) {
                requirePositive(layer, "x", layer.x());
            }
            if (y.log()) {
                layer.yValues().forEach(values -> requirePositive(layer, "y", values));
            }
        }
    }

    /** A logarithmic axis has no place for zero or negative values (NaN, a gap, is allowed). */
    private static void requirePositive(Layer layer, String axis, double[] values) {
        for (double v : values) {
            if (v <= 0) {
                throw new IllegalArgumentException(layer.name() + ": " + v + " on a logarithmic " + axis
                        + " axis (values there must be positive)");
            }
        }
    }

    public static Builder builder(int width, int height, String title) {
        return new Builder(width, height, title);
    }

    /** Gathers a plot's layers in drawing order. */
    public static final class Builder {
        private final int width;
        private final int height;
        private final String title;
        private boolean shortenTitle;
        private Axis x = Axis.linear("");
        private Axis y = Axis.linear("");
        private Legend legend = Legend.RIGHT;
        private Style style = Style.PLAIN;
        private final List<Layer> layers = new ArrayList<>();
        private final List<Annotation> annotations = new ArrayList<>();

        private Builder(int width, int height, String title) {
            this.width = width;
            this.height = height;
            this.title = title;
        }

        public Builder shortenTitle() {
            shortenTitle = true;
            return this;
        }

        public Builder x(Axis axis) {
            x = axis;
            return this;
        }

        public Builder y(Axis axis) {
            y = axis;
            return this;
        }

        public Builder legend(Legend place) {
            legend = place;
            return this;
        }

        public Builder style(Style look) {
            style = look;
            return this;
        }

        public Builder add(Layer layer) {
            layers.add(layer);
            return this;
        }

        public Builder annotate(Annotation annotation) {
            annotations.add(annotation);
            return this;
        }

        /** Whether any layer has been added yet. */
        public boolean isEmpty() {
            return layers.isEmpty();
        }

        public Plot build() {
            return new Plot(width, height, title, shortenTitle, x, y, legend, style, layers, annotations);
        }
    }
}
