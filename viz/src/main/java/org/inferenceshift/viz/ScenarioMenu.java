package org.inferenceshift.viz;

import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.KeyStroke;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.inferenceshift.output.OutputExistsException;
import org.inferenceshift.report.ResultsFolder;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.scenario.ScenarioException;
import sim.display.Console;

/**
 * Adds "Load Scenario..." and "Save Results..." to the top of the Console's File menu, above MASON's own
 * checkpoint items, which it renames to say what they save and open (MASON calls them Save, Save As and
 * Open, which a user reads as saving results). Problems are shown in a dialog with the loader's message,
 * which names the file and JSON path; nothing is half-loaded or half-written.
 */
final class ScenarioMenu {
    private ScenarioMenu() {
    }

    static void install(Console console, IndustryModelWithUI gui) {
        JMenu file = console.getJMenuBar().getMenu(0);
        JMenuItem load = new JMenuItem("Load Scenario...");
        load.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_L, console.getToolkit().getMenuShortcutKeyMaskEx()));
        load.addActionListener((ActionEvent e) -> chooseScenario(console, gui));
        JMenuItem save = new JMenuItem("Save Results...");
        save.addActionListener((ActionEvent e) -> chooseResultsFolder(console, gui));
        file.insert(load, 0);
        file.insert(save, 1);
        file.insertSeparator(2);
        for (int i = 0; i < file.getItemCount(); i++) {
            JMenuItem item = file.getItem(i);
            if (item != null && CHECKPOINT_ITEMS.containsKey(item.getText())) {
                item.setText(CHECKPOINT_ITEMS.get(item.getText()));
            }
        }
    }

    /** MASON's names of its checkpoint items and what they are called here. */
    static final Map<String, String> CHECKPOINT_ITEMS = Map.of(
            "Save", "Save Checkpoint",
            "Save As...", "Save Checkpoint As...",
            "Open...", "Open Checkpoint...");

    private static void chooseScenario(Console console, IndustryModelWithUI gui) {
        JFileChooser chooser = new JFileChooser(startFolder(gui));
        chooser.setDialogTitle("Load Scenario");
        chooser.setFileFilter(new FileNameExtensionFilter("Scenario files (*.json)", "json"));
        if (chooser.showOpenDialog(console) == JFileChooser.APPROVE_OPTION) {
            try {
                Console opened = openScenario(console, chooser.getSelectedFile().toPath());
                if (!gui.reader().overrides().isEmpty()) {
                    JOptionPane.showMessageDialog(opened, "Loaded with the command line's overrides: "
                            + String.join(" ", gui.reader().overrides()), "Scenario loaded", JOptionPane.INFORMATION_MESSAGE);
                }
            } catch (ScenarioException e) {
                JOptionPane.showMessageDialog(console, e.getMessage()
                        + (gui.reader().overrides().isEmpty() ? "" : " (with the overrides " + String.join(" ", gui.reader().overrides()) + ")"),
                        "Cannot load scenario", JOptionPane.ERROR_MESSAGE);
            }
        }
    }

    private static File startFolder(IndustryModelWithUI gui) {
        Path file = gui.scenarioFile();
        Path folder = file != null && file.toAbsolutePath().getParent() != null ? file.toAbsolutePath().getParent() : Path.of("scenarios");
        return Files.isDirectory(folder) ? folder.toFile() : new File(".");
    }

    /**
     * Loads a scenario into a fresh GUI and Console, MASON's way of starting a new simulation, then closes
     * this one: the new Console's seed, windows and inspector all come from the new file, read with the
     * same command-line overrides as the current one (--users, --seed, --set). On a bad file nothing
     * changes and the loader's message is thrown.
     */
    static Console openScenario(Console current, Path file) throws ScenarioException {
        ScenarioReader reader = ((IndustryModelWithUI) current.getSimulation()).reader();
        Scenario scenario = reader.read(file);
        IndustryModelWithUI next = new IndustryModelWithUI(scenario, file, reader);
        Console opened = (Console) next.createController();
        current.doClose();
        return opened;
    }

    private static void chooseResultsFolder(Console console, IndustryModelWithUI gui) {
        JFileChooser chooser = new JFileChooser(new File("results").isDirectory() ? new File("results") : new File("."));
        chooser.setDialogTitle("Save Results to a New Folder");
        if (chooser.showSaveDialog(console) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path target = chooser.getSelectedFile().toPath();
        try {
            ResultsFolder.write(gui.currentResult(), target);
            JOptionPane.showMessageDialog(console, "Results written to " + target, "Results saved",
                    JOptionPane.INFORMATION_MESSAGE);
        } catch (OutputExistsException e) {
            JOptionPane.showMessageDialog(console, e.getMessage(), "Cannot save results", JOptionPane.ERROR_MESSAGE);
        } catch (IOException e) {
            JOptionPane.showMessageDialog(console, "Cannot write results to " + target + ": " + e.getMessage(),
                    "Cannot save results", JOptionPane.ERROR_MESSAGE);
        }
    }
}
