package org.inferenceshift.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.inferenceshift.figure.Axis;
import org.inferenceshift.figure.Colour;
import org.inferenceshift.figure.Figure;
import org.inferenceshift.figure.Legend;
import org.inferenceshift.figure.Line;
import org.inferenceshift.figure.Marker;
import org.inferenceshift.figure.Plot;
import org.inferenceshift.figure.Stroke;
import org.inferenceshift.figure.Style;
import org.inferenceshift.figure.Ticks;
import org.inferenceshift.render.FigureRenderer;

/**
 * The scaling curve as one PNG (drawn by {@link FigureRenderer}): on the left, time per user-step against
 * the number of users (log axis) for a whole month of the model, the user pass alone and the bare
 * kernel; on the right, the model/kernel ratio with the target of 2 as a dashed line.
 */
public final class ScalingChart {
    private static final int WIDTH = 1400;
    private static final int HEIGHT = 560;
    private static final Colour MODEL = Colour.of(0x0072B2);
    private static final Colour PASS = Colour.of(0x009E73);
    private static final Colour KERNEL = Colour.of(0xD55E00);
    private static final Colour TARGET = Colour.of(0x999999);
    private static final Style STYLE = Style.PLAIN.withGrid(Colour.of(0xdddddd));

    private ScalingChart() {
    }

    public static void write(List<SizeResult> sizes, String subtitle, Path png) throws IOException {
        double[] users = new double[sizes.size()];
        double[] step = new double[sizes.size()];
        double[] pass = new double[sizes.size()];
        double[] kernel = new double[sizes.size()];
        double[] stepRatio = new double[sizes.size()];
        double[] passRatio = new double[sizes.size()];
        for (int i = 0; i < sizes.size(); i++) {
            SizeResult r = sizes.get(i);
            users[i] = r.users();
            step[i] = r.stepNs();
            pass[i] = r.passNs();
            kernel[i] = r.kernelNs();
            stepRatio[i] = r.stepOverKernel();
            passRatio[i] = r.passOverKernel();
        }
        // room around the first and last size, so their decade ticks are drawn
        Axis x = Axis.log("simulated users (log scale)").withTicks(Ticks.pattern("#,###"))
                .withRange(users[0] / 1.5, users[users.length - 1] * 1.5);
        Plot times = chart("Time per user-step (" + subtitle + ")", x, "ns per user per month", null)
                .add(line("model, whole month", users, step, MODEL, 3f))
                .add(line("model, user pass only", users, pass, PASS, 2f))
                .add(line("bare kernel", users, kernel, KERNEL, 2f))
                .build();
        Plot ratio = chart("Model / bare kernel", x, "ratio of times per user-step",
                Math.max(3.0, Math.ceil(max(stepRatio) + 0.5)))
                .add(line("whole month / kernel", users, stepRatio, MODEL, 3f))
                .add(line("user pass / kernel", users, passRatio, PASS, 2f))
                .add(Line.of("target (2)", new double[] {users[0], users[users.length - 1]}, new double[] {2, 2}, TARGET,
                        Stroke.dashed(2f, 8f, 6f)))
                .build();
        FigureRenderer.write(Figure.grid(2, List.of(times, ratio)), png);
    }

    private static Plot.Builder chart(String title, Axis x, String yTitle, Double yMax) {
        return Plot.builder(WIDTH / 2, HEIGHT, title).x(x)
                .y(new Axis(yTitle, false, 0.0, yMax, Ticks.pattern("0.0")))
                .legend(Legend.INSIDE_TOP_RIGHT).style(STYLE);
    }

    private static Line line(String name, double[] x, double[] y, Colour color, float width) {
        return Line.of(name, x, y, color, Stroke.solid(width)).withMarker(Marker.CIRCLE);
    }

    private static double max(double[] values) {
        double m = 0;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
