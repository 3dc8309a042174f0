package org.inferenceshift.viz;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.run.HeadlessRun;
import org.inferenceshift.run.RunResult;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.sim.IndustryModel;
import sim.display.Console;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.portrayal.Inspector;
import sim.util.Bag;

/**
 * The MASON GUI of {@link IndustryModel}: the Console (play, pause, step, stop, seed, checkpoints), the
 * scenario parameters in its model inspector, live metric charts with a picture of the users, and a labs
 * table. The model knows nothing of this class; windows read it after each step through its public API.
 */
public class IndustryModelWithUI extends GUIState {
    /** Users drawn in the users picture: enough to see the shape of the cloud, cheap to redraw each month. */
    static final int SAMPLE_USERS = 2000;

    private final Path scenarioFile;
    private final ScenarioReader reader;
    private MetricCharts charts;
    private ChartsWindow chartsWindow;
    private UsersPicture users;
    private LabsTable labs;
    private RegulatorsTable regulators;
    private final List<JFrame> frames = new ArrayList<>();
    private ParametersInspector parametersInspector;
    /** Months already charted; touched only while MASON holds the schedule lock. */
    private int monthsShown;

    /** @param scenarioFile where the scenario came from (shown in titles), or null */
    public IndustryModelWithUI(Scenario scenario, Path scenarioFile) {
        this(scenario, scenarioFile, ScenarioReader.plain());
    }

    /** @param reader how File > Load Scenario reads another file (with the command line's overrides) */
    IndustryModelWithUI(Scenario scenario, Path scenarioFile, ScenarioReader reader) {
        super(new IndustryModel(scenario));
        this.scenarioFile = scenarioFile;
        this.reader = reader;
        // the user pass may use every core; results do not depend on the thread count
        model().setThreads(Runtime.getRuntime().availableProcessors());
    }

    public static String getName() {
        return "InferenceShift";
    }

    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h2>InferenceShift</h2>"
                + "<p>An agent-based model of the frontier-AI industry when capability can be bought with inference"
                + " compute as well as pre-training compute. One step is one month.</p>"
                + "<ul><li><b>Model tab</b>: the scenario's parameters, one tab per section. Edits apply at the next"
                + " start (Stop, then Play) and are checked against each parameter's declared range.</li>"
                + "<li><b>Charts</b>: every metric of the registry, one tab per group, and a sample of users by"
                + " income and capability received, coloured by lab. Double-click a chart to open it in its own"
                + " window; the <b>Displays</b> tab lists every open window.</li>"
                + "<li><b>Labs and regulators</b>: one row per lab; double-click a row to inspect the lab.</li>"
                + "<li><b>File</b>: load a scenario, save the results so far, save or open a checkpoint.</li></ul>"
                + "<p>Headless runs: <tt>./inferenceshift run SCENARIO.json</tt>. See README.md.</p></body></html>";
    }

    public IndustryModel model() {
        return (IndustryModel) state;
    }

    Path scenarioFile() {
        return scenarioFile;
    }

    ScenarioReader reader() {
        return reader;
    }

    @Override
    public Controller createController() {
        Console console = new Console(this);
        console.setNewMenuAllowed(false); // MASON's demo list is not ours; File > Load Scenario replaces it
        // MASON's default moves to the next seed on Stop; here the usual next step is to change a parameter
        // and re-run, which compares like with like only under the same seed (the box stays in the Console)
        console.setIncrementSeedOnStop(false);
        console.setVisible(true);
        return console;
    }

    @Override
    public void init(Controller controller) {
        super.init(controller);
        String start = model().nextScenario().start();
        charts = new MetricCharts(start);
        users = new UsersPicture(SAMPLE_USERS);
        labs = new LabsTable(this::inspectLab);
        regulators = new RegulatorsTable();
        chartsWindow = new ChartsWindow(charts, users, source(), window -> {
            frames.add(window);
            controller.registerFrame(window);
        });
        JFrame chartsFrame = chartsWindow.frame();
        JFrame labsFrame = Windows.labs(labs, regulators, "InferenceShift: labs and regulators (" + source() + ")");
        List<JFrame> main = List.of(chartsFrame, labsFrame);
        frames.addAll(main);
        if (controller instanceof Console console) {
            Windows.arrange(console, chartsFrame, labsFrame);
            ScenarioMenu.install(console, this);
        }
        for (JFrame frame : main) {
            frame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
            controller.registerFrame(frame);
            frame.setVisible(true);
        }
    }

    private String source() {
        return scenarioFile == null ? model().nextScenario().name() : scenarioFile.toString();
    }

    @Override
    public void start() {
        adoptConsoleSeed();
        super.start();
        HeadlessRun.attachRecorder(model());
        attachViews();
    }

    /** As MASON's, but reading the file through the allow-list of {@link Checkpoints}. */
    @Override
    public boolean readNewStateFromCheckpoint(File file) throws IOException, ClassNotFoundException {
        SimState loaded = Checkpoints.read(file);
        if (!validSimState(loaded)) {
            return false;
        }
        finish();
        load(loaded);
        return true;
    }

    @Override
    public void load(SimState loaded) {
        super.load(loaded);
        attachViews();
    }

    @Override
    public void quit() {
        super.quit();
        for (JFrame frame : List.copyOf(frames)) {
            frame.dispose();
        }
        frames.clear();
    }

    /** MASON pages inspectors at 25 properties; a scenario section can have more, and all belong on one page. */
    @Override
    public int getMaximumPropertiesForInspector() {
        return 100;
    }

    @Override
    public Inspector getInspector() {
        parametersInspector = new ParametersInspector(model(), this);
        return parametersInspector;
    }

    /**
     * The Console seeds the generator with its seed field before each start. That seed becomes the
     * scenario's, so results name the seed that made them. MersenneTwisterFast reads only the low 32 bits of
     * a seed (and SimState.setSeed keeps only those), so a scenario seed that agrees in those bits stands;
     * otherwise the Console's is stored as an unsigned 32-bit number, a valid scenario seed.
     */
    private void adoptConsoleSeed() {
        IndustryModel model = model();
        Scenario next = model.nextScenario();
        if ((int) next.seed() != (int) model.seed()) {
            model.setScenario(next.withSeed(Integer.toUnsignedLong((int) model.seed())));
        }
    }

    /** Redraws every window from the model as it stands and follows it after each step (start and checkpoint load). */
    private void attachViews() {
        monthsShown = 0;
        publish();
        scheduleRepeatingImmediatelyAfter((Steppable) s -> publish());
        if (parametersInspector != null) {
            SwingUtilities.invokeLater(() -> parametersInspector.showStatus(null));
        }
    }

    private void publish() {
        if (charts == null) {
            return; // no windows: a GUIState driven without a Console (tests of checkpoints)
        }
        ViewUpdate update = ViewUpdate.of(model(), monthsShown, SAMPLE_USERS);
        monthsShown = update.monthsShownAfter();
        SwingUtilities.invokeLater(() -> show(update));
    }

    private void show(ViewUpdate update) {
        charts.show(update.firstMonth(), update.newRows());
        labs.show(update.labs());
        regulators.show(update.regulators());
        users.show(update.users(), update.labs().stream().map(LabRow::id).toList());
    }

    /** Opens a read-only inspector on a lab in the Console's Inspectors tab, updated every step. */
    private void inspectLab(int labIndex) {
        Lab lab;
        synchronized (state.schedule) {
            if (labIndex >= model().labs().size()) {
                return;
            }
            lab = model().labs().get(labIndex);
        }
        Bag inspectors = new Bag();
        inspectors.add(new LabInspector(this, labIndex));
        Bag names = new Bag();
        names.add("Lab " + lab.getId());
        controller.setInspectors(inspectors, names);
    }


    /** The run so far as a result, consistent because it is copied under the schedule lock. */
    public RunResult currentResult() {
        synchronized (state.schedule) {
            return HeadlessRun.resultOf(model());
        }
    }

    MetricCharts charts() {
        return charts;
    }

    ChartsWindow chartsWindow() {
        return chartsWindow;
    }

    RegulatorsTable regulatorsTable() {
        return regulators;
    }

    UsersPicture users() {
        return users;
    }

    LabsTable labsTable() {
        return labs;
    }

    ParametersInspector parametersInspector() {
        return parametersInspector;
    }

    List<JFrame> frames() {
        return frames;
    }
}
