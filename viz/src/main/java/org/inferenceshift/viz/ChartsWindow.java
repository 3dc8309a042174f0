package org.inferenceshift.viz;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.awt.Rectangle;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.WindowConstants;
import org.inferenceshift.metrics.MetricGroup;
import org.jfree.chart.ChartPanel;

/**
 * The chart picker: one tab per metric group holding that group's charts side by side, plus the users
 * picture; double-clicking a chart opens it alone in a window of its own, at full size, which the Console's
 * Displays tab then lists beside the other windows (show, hide, bring to front).
 */
final class ChartsWindow {
    private static final int COLUMNS = 3;
    static final Dimension CHART_WINDOW = new Dimension(900, 560);

    private final JFrame frame;
    private final JTabbedPane tabs = new JTabbedPane();
    private final Map<ChartSet, JFrame> opened = new LinkedHashMap<>();
    private final Consumer<JFrame> register;
    private final String titleSuffix;

    /** @param register makes a new chart window known to the Console (its Displays list) */
    ChartsWindow(MetricCharts charts, UsersPicture users, String titleSuffix, Consumer<JFrame> register) {
        this.register = register;
        this.titleSuffix = titleSuffix;
        for (MetricGroup group : MetricGroup.values()) {
            List<MetricCharts.View> views = charts.views().stream().filter(v -> v.set().group() == group).toList();
            if (views.isEmpty()) {
                continue;
            }
            JPanel grid = new JPanel(new GridLayout(0, COLUMNS, 6, 6));
            grid.setBackground(Color.WHITE);
            views.forEach(v -> grid.add(cell(v)));
            for (int pad = views.size(); pad % COLUMNS != 0 || pad < COLUMNS * 2; pad++) {
                grid.add(blank()); // keep cells the same size in a group with few charts
            }
            tabs.addTab(group.title(), null, grid, views.size() + " charts: double-click one to open it in its own window");
        }
        tabs.addTab("Users", null, users.panel(), "A sample of users by income and the capability they received, coloured by lab");
        JLabel hint = new JLabel("  Hover a chart for its metrics' names and meanings; double-click it to open it in its own window;"
                + " drag to zoom, right-click to save it as PNG.");
        hint.setForeground(Color.DARK_GRAY);
        frame = new JFrame("InferenceShift: charts (" + titleSuffix + ")");
        frame.getContentPane().add(tabs, BorderLayout.CENTER);
        frame.getContentPane().add(hint, BorderLayout.SOUTH);
    }

    private ChartPanel cell(MetricCharts.View view) {
        ChartPanel panel = panel(view);
        panel.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    open(view);
                }
            }
        });
        return panel;
    }

    private static ChartPanel panel(MetricCharts.View view) {
        ChartPanel panel = new ChartPanel(view.chart(), false, true, false, true, true);
        panel.setMinimumDrawWidth(200);
        panel.setMinimumDrawHeight(150);
        panel.setMaximumDrawWidth(4000);
        panel.setMaximumDrawHeight(3000);
        panel.setToolTipText(MetricCharts.tooltip(view.set()));
        panel.setInitialDelay(300);
        return panel;
    }

    private static JPanel blank() {
        JPanel p = new JPanel();
        p.setBackground(Color.WHITE);
        return p;
    }

    /** Opens (or brings back) a chart in a window of its own, beside the picker. Swing thread only. */
    JFrame open(MetricCharts.View view) {
        JFrame window = opened.get(view.set());
        if (window == null) {
            window = new JFrame(view.set().title() + " (" + titleSuffix + ")");
            window.getContentPane().add(panel(view), BorderLayout.CENTER);
            window.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
            Rectangle picker = frame.getBounds();
            int offset = 30 * opened.size();
            window.setBounds(picker.x + 40 + offset, picker.y + 40 + offset, CHART_WINDOW.width, CHART_WINDOW.height);
            opened.put(view.set(), window);
            register.accept(window);
        }
        window.setVisible(true);
        window.toFront();
        return window;
    }

    JFrame frame() {
        return frame;
    }

    JTabbedPane tabs() {
        return tabs;
    }

    /** Chart windows opened so far, in the order they were first opened. */
    List<JFrame> openedWindows() {
        return List.copyOf(opened.values());
    }
}
