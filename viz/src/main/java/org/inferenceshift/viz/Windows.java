package org.inferenceshift.viz;

import java.awt.BorderLayout;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.SwingConstants;

/** Builds the GUI's windows and places them side by side on the screen, the Console on the left. */
final class Windows {
    /** Wide enough for the inspector's longest values and messages (a 420 px Console clipped 0.05 to ".05"). */
    private static final int CONSOLE_WIDTH = 560;
    private static final int GAP = 4;
    /** Share of the screen height given to the charts; the labs and regulators take the rest. */
    private static final double CHARTS_SHARE = 0.68;
    /**
     * Share of the lower window's height given to the labs table; the regulators table takes the rest, below
     * it and full width, so that its ten columns show (a quarter of the width beside the labs showed two).
     */
    private static final double LABS_SHARE = 0.68;

    private Windows() {
    }

    /** The labs table with the regulators table below it. */
    static JFrame labs(LabsTable labs, RegulatorsTable regulators, String title) {
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, titled("Labs (double-click one to inspect it)", labs.component()),
                titled("Regulators", regulators.component()));
        split.setResizeWeight(LABS_SHARE);
        JFrame frame = new JFrame(title);
        frame.getContentPane().add(split, BorderLayout.CENTER);
        return frame;
    }

    private static JPanel titled(String title, java.awt.Component body) {
        JPanel panel = new JPanel(new BorderLayout());
        JLabel label = new JLabel(" " + title, SwingConstants.LEFT);
        panel.add(label, BorderLayout.NORTH);
        panel.add(body, BorderLayout.CENTER);
        return panel;
    }

    /** Console on the left over the full height; the chart picker top right; labs and regulators below it. */
    static void arrange(JFrame console, JFrame charts, JFrame labs) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int consoleWidth = Math.min(CONSOLE_WIDTH, (int) (screen.width * 0.38));
        int right = screen.x + consoleWidth + GAP;
        int rightWidth = screen.width - consoleWidth - GAP;
        int chartsHeight = (int) (screen.height * CHARTS_SHARE);
        console.setBounds(screen.x, screen.y, consoleWidth, screen.height);
        charts.setBounds(right, screen.y, rightWidth, chartsHeight);
        int labsHeight = screen.height - chartsHeight - GAP;
        labs.setBounds(right, screen.y + chartsHeight + GAP, rightWidth, labsHeight);
        if (labs.getContentPane().getComponent(0) instanceof JSplitPane split) {
            split.setDividerLocation((int) (labsHeight * LABS_SHARE));
        }
    }
}
