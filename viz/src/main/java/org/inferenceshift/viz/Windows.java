package org.inferenceshift.viz;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.GridLayout;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JPanel;

/** Builds the GUI's windows and places them side by side on the screen, the Console on the left. */
final class Windows {
    private static final int CONSOLE_WIDTH = 420;
    private static final int GAP = 4;
    /** Share of the screen height given to the charts; the labs table takes the rest. */
    private static final double DASHBOARD_SHARE = 0.75;

    private Windows() {
    }

    /** The metric charts and the users picture in a grid of two rows. */
    static JFrame dashboard(MetricCharts charts, UsersPicture users, String title) {
        List<JComponent> cells = new ArrayList<>(charts.panels());
        cells.add(users.panel());
        int columns = (cells.size() + 1) / 2;
        JPanel grid = new JPanel(new GridLayout(2, columns, GAP, GAP));
        grid.setBackground(Color.WHITE);
        cells.forEach(grid::add);
        JFrame frame = new JFrame(title);
        frame.getContentPane().add(grid, BorderLayout.CENTER);
        return frame;
    }

    static JFrame labs(LabsTable table, String title) {
        JFrame frame = new JFrame(title);
        frame.getContentPane().add(table.component(), BorderLayout.CENTER);
        return frame;
    }

    /** Console on the left over the full height; charts top right; labs table below them. */
    static void arrange(JFrame console, JFrame dashboard, JFrame labs) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int consoleWidth = Math.min(CONSOLE_WIDTH, screen.width / 3);
        int right = screen.x + consoleWidth + GAP;
        int rightWidth = screen.width - consoleWidth - GAP;
        int chartsHeight = (int) (screen.height * DASHBOARD_SHARE);
        console.setBounds(screen.x, screen.y, consoleWidth, screen.height);
        dashboard.setBounds(right, screen.y, rightWidth, chartsHeight);
        labs.setBounds(right, screen.y + chartsHeight + GAP, rightWidth, screen.height - chartsHeight - GAP);
    }
}
