package org.inferenceshift.viz;

import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.awt.event.KeyListener;
import java.awt.event.MouseEvent;
import java.awt.event.MouseListener;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.scenario.Scenario;
import org.jfree.chart.ChartPanel;
import sim.display.Console;
import sim.util.gui.PropertyField;

/**
 * Drives the GUI as a user would, through the Console's own controls, for the GUI tests and the tool that
 * makes the README screenshot. Everything Swing happens on the event thread.
 */
final class GuiDriver {
    private IndustryModelWithUI gui;
    private Console console;

    GuiDriver(Scenario scenario, Path file) throws Exception {
        this(scenario, file, ScenarioReader.plain());
    }

    GuiDriver(Scenario scenario, Path file, ScenarioReader reader) throws Exception {
        onSwing(() -> {
            gui = new IndustryModelWithUI(scenario, file, reader);
            console = (Console) gui.createController();
        });
        flushSwing();
    }

    IndustryModelWithUI gui() {
        return gui;
    }

    Console console() {
        return console;
    }

    /** Presses Pause while stopped: MASON starts the run paused at month 0. */
    void startPaused() throws Exception {
        onSwing(console::pressPause);
        flushSwing();
    }

    /** Sets the Console's steps-per-press and presses the step button (Play while paused). */
    void step(int months) throws Exception {
        onSwing(() -> {
            console.setNumStepsPerStepButtonPress(months);
            console.pressPlay();
        });
        flushSwing();
    }

    /** Presses Play and lets MASON's play thread run until it pauses itself after {@code month} steps. */
    void playUntilPausedAt(long month) throws Exception {
        onSwing(() -> {
            console.setWhenShouldPause(month);
            console.pressPause(); // unpause: the play thread runs
        });
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!(gui.state.schedule.getSteps() >= month && console.getPlayState() == Console.PS_PAUSED)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the run did not pause at month " + month);
            }
            Thread.sleep(20);
        }
        flushSwing();
    }

    void stop() throws Exception {
        onSwing(console::pressStop);
        flushSwing();
    }

    /** Runs a stopped simulation through MASON's play thread until the horizon stops it. */
    void playToEnd() throws Exception {
        onSwing(console::pressPlay);
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (console.getPlayState() != Console.PS_STOPPED) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the run did not reach its horizon");
            }
            Thread.sleep(20);
        }
        flushSwing();
    }

    void showTab(String title) throws Exception {
        onSwing(() -> {
            JTabbedPane tabs = console.getTabPane();
            for (int i = 0; i < tabs.getTabCount(); i++) {
                if (tabs.getTitleAt(i).equals(title)) {
                    tabs.setSelectedIndex(i);
                }
            }
        });
        flushSwing();
    }

    /** Selects a section tab ("Capability") of the Console's model inspector. */
    void showSection(String title) throws Exception {
        onSwing(() -> {
            List<Component> all = new ArrayList<>();
            collect(console.getModelInspector(), all);
            for (Component c : all) {
                if (c instanceof JTabbedPane tabs) {
                    for (int i = 0; i < tabs.getTabCount(); i++) {
                        if (tabs.getTitleAt(i).equals(title)) {
                            tabs.setSelectedIndex(i);
                        }
                    }
                }
            }
        });
        flushSwing();
    }

    /** The inspector field of a MASON property (e.g. "ReturnsAboveWall") in the Console's model inspector. */
    PropertyField inspectorField(String property) throws Exception {
        AtomicReference<PropertyField> found = new AtomicReference<>();
        onSwing(() -> found.set(fieldAfterLabel(console.getModelInspector(), property)));
        if (found.get() == null) {
            throw new AssertionError("no inspector field for " + property);
        }
        return found.get();
    }

    /** Replaces the text of an inspector field and presses Return, the keys MASON's field listens to. */
    void typeInto(String property, String value) throws Exception {
        PropertyField field = inspectorField(property);
        onSwing(() -> {
            JTextField text = field.getField();
            text.setText(value);
            press(text, KeyEvent.VK_END); // any key but Return marks the field as edited
            press(text, KeyEvent.VK_ENTER);
        });
        flushSwing();
    }

    /**
     * Delivers a key press to the field's key listeners. (Component.dispatchEvent would hand it to the
     * keyboard focus owner, and with no window manager under Xvfb no window ever takes focus.)
     */
    private static void press(JTextField field, int key) {
        KeyEvent event = new KeyEvent(field, KeyEvent.KEY_PRESSED, System.currentTimeMillis(), 0, key,
                KeyEvent.CHAR_UNDEFINED);
        for (KeyListener listener : field.getKeyListeners()) {
            listener.keyPressed(event);
        }
    }

    String inspectorValue(String property) throws Exception {
        PropertyField field = inspectorField(property);
        AtomicReference<String> value = new AtomicReference<>();
        onSwing(() -> value.set(field.getValue()));
        return value.get();
    }

    /** Double-clicks a row of the labs table, delivered to the table's mouse listeners. */
    void doubleClickLab(int row) throws Exception {
        onSwing(() -> {
            JTable table = gui.labsTable().table();
            Rectangle cell = table.getCellRect(row, 0, true);
            MouseEvent click = new MouseEvent(table, MouseEvent.MOUSE_CLICKED, System.currentTimeMillis(), 0,
                    (int) cell.getCenterX(), (int) cell.getCenterY(), 2, false, MouseEvent.BUTTON1);
            for (MouseListener listener : table.getMouseListeners()) {
                listener.mouseClicked(click);
            }
        });
        flushSwing();
    }

    /** MASON labels each property "Name " and puts its field after the label in the same row. */
    private static PropertyField fieldAfterLabel(Container root, String property) {
        List<Component> all = new ArrayList<>();
        collect(root, all);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) instanceof JLabel label && label.getText() != null
                    && label.getText().trim().equals(property)) {
                for (int j = i + 1; j < all.size(); j++) {
                    if (all.get(j) instanceof PropertyField field) {
                        return field;
                    }
                }
            }
        }
        return null;
    }

    private static void collect(Component c, List<Component> out) {
        out.add(c);
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, out);
            }
        }
    }

    /** Selects a group's tab ("Frontier capability") of the chart picker. */
    void showChartTab(String title) throws Exception {
        onSwing(() -> {
            JTabbedPane tabs = gui.chartsWindow().tabs();
            tabs.setSelectedIndex(tabs.indexOfTab(title));
        });
        flushSwing();
    }

    /** Double-clicks a metric's chart in the picker (opening its own window) and places that window. */
    JFrame openChart(Metric metric, Rectangle bounds) throws Exception {
        AtomicReference<JFrame> opened = new AtomicReference<>();
        onSwing(() -> {
            MetricCharts.View view = gui.charts().view(metric);
            JTabbedPane tabs = gui.chartsWindow().tabs();
            tabs.setSelectedIndex(tabs.indexOfTab(view.set().group().title()));
            for (Component c : ((Container) tabs.getSelectedComponent()).getComponents()) {
                if (c instanceof ChartPanel panel && panel.getChart() == view.chart()) {
                    MouseEvent click = new MouseEvent(panel, MouseEvent.MOUSE_CLICKED, System.currentTimeMillis(), 0,
                            10, 10, 2, false, MouseEvent.BUTTON1);
                    for (MouseListener listener : panel.getMouseListeners()) {
                        listener.mouseClicked(click);
                    }
                }
            }
            List<JFrame> windows = gui.chartsWindow().openedWindows();
            JFrame window = windows.get(windows.size() - 1);
            if (bounds != null) {
                window.setBounds(bounds);
            }
            opened.set(window);
        });
        flushSwing();
        Thread.sleep(300);
        return opened.get();
    }

    /** A lab inspector open in the Console (after {@link #doubleClickLab}), or null. */
    LabInspector labInspector() throws Exception {
        AtomicReference<LabInspector> found = new AtomicReference<>();
        onSwing(() -> {
            for (Object inspector : console.getAllInspectors()) {
                if (inspector instanceof LabInspector lab) {
                    found.set(lab);
                }
            }
        });
        return found.get();
    }

    /** What the open lab inspector shows for a state row ("Cash"). */
    String labInspectorValue(String row) throws Exception {
        LabInspector inspector = labInspector();
        if (inspector == null) {
            throw new AssertionError("no lab inspector is open");
        }
        AtomicReference<String> value = new AtomicReference<>();
        onSwing(() -> value.set(inspector.value(row)));
        return value.get();
    }

    BufferedImage screenshot() throws Exception {
        flushSwing();
        Thread.sleep(300); // let the X server finish drawing what Swing painted
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                .getDefaultConfiguration().getBounds();
        return new Robot().createScreenCapture(screen);
    }

    BufferedImage screenshot(Path png) throws Exception {
        flushSwing();
        Thread.sleep(300); // let the X server finish drawing what Swing painted
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                .getDefaultConfiguration().getBounds();
        BufferedImage image = new Robot().createScreenCapture(screen);
        try {
            ImageIO.write(image, "png", png.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + png, e);
        }
        return image;
    }

    /** Waits until Swing has handled everything queued so far (including the GUI's chart updates). */
    static void flushSwing() throws InvocationTargetException, InterruptedException {
        SwingUtilities.invokeAndWait(() -> { });
        SwingUtilities.invokeAndWait(() -> { });
    }

    static void onSwing(Runnable r) throws InvocationTargetException, InterruptedException {
        SwingUtilities.invokeAndWait(r);
    }

    /**
     * Closes the windows without Console.doClose(), which quits the JVM when the last Console closes.
     */
    void close() throws Exception {
        Console c = console;
        if (c == null) {
            return;
        }
        onSwing(() -> {
            c.pressStop();
            gui.quit();
            c.dispose();
            Console.allControllers.remove(c);
        });
    }

    /** Switches this driver to a Console opened from it (File > Load Scenario). */
    void adopt(Console opened) {
        console = opened;
        gui = (IndustryModelWithUI) opened.getSimulation();
    }
}
