package org.inferenceshift.viz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.regulation.Regulator;
import org.inferenceshift.scenario.PolicyKind;
import org.inferenceshift.scenario.RegulatorSpec;
import org.inferenceshift.sim.IndustryModel;

/** The regulators beside the labs: each one's region, policy and threshold, and which labs it covers this month. */
final class RegulatorsTable {
    static final List<String> HEADER = List.of("regulator", "region", "policy", "threshold", "disclosure", "covers now",
            "threshold now", "evaluations running", "designated", "frontier seen (E)");

    private final ReadOnlyTable table = new ReadOnlyTable(HEADER);
    private final JScrollPane pane = new JScrollPane(table.table());

    RegulatorsTable() {
        table.table().setToolTipText("Regulators of the scenario; a lab covered by one pays compliance costs and may wait before release");
        table.table().setAutoResizeMode(JTable.AUTO_RESIZE_OFF); // scroll sideways rather than squeeze
        table.table().getColumnModel().getColumn(0).setPreferredWidth(110);
        table.table().getColumnModel().getColumn(1).setPreferredWidth(70);
        table.table().getColumnModel().getColumn(3).setPreferredWidth(150);
        table.table().getColumnModel().getColumn(2).setPreferredWidth(140);
        table.table().getColumnModel().getColumn(5).setPreferredWidth(200);
    }

    /** The rows as text, copied out of the model under the schedule lock. */
    static List<List<String>> rows(IndustryModel model) {
        List<List<String>> rows = new ArrayList<>();
        for (Regulator regulator : model.regulators()) {
            RegulatorSpec spec = regulator.spec();
            List<String> covered = new ArrayList<>();
            for (Lab lab : model.labs()) {
                if (lab.isActive() && lab.standing().isCoveredBy(regulator.index())) {
                    covered.add(lab.getId());
                }
            }
            double seen = regulator.view().bestVisibleE();
            boolean designation = spec.policy() == PolicyKind.CAPABILITY_DESIGNATION;
            rows.add(List.of(spec.id(), spec.region(), spec.policy().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    threshold(spec), spec.disclosure() ? "required" : "-", covered.isEmpty() ? "none" : String.join(", ", covered),
                    spec.policy() == PolicyKind.ADAPTIVE_THRESHOLD
                            ? Formats.significant(regulator.threshold().thresholdFlop()) + " FLOP" : "-",
                    designation ? Integer.toString(regulator.evaluations().running()) : "-",
                    designation ? Integer.toString(regulator.evaluations().designatedCount()) : "-",
                    Double.isNaN(seen) ? "-" : Formats.significant(seen)));
        }
        if (rows.isEmpty()) {
            rows.add(List.of("none", "-", "no regulator in this scenario", "-", "-", "-", "-", "-", "-", "-"));
        }
        return rows;
    }

    private static String threshold(RegulatorSpec spec) {
        return switch (spec.policy()) {
            case NONE -> "-";
            case TRAINING_THRESHOLD -> Formats.significant(spec.thresholdFlop()) + " FLOP";
            case DUAL_THRESHOLD -> Formats.significant(spec.thresholdFlop()) + " FLOP, " + Formats.significant(spec.lowThresholdFlop())
                    + " if reasoning-trained";
            case EFFECTIVE_COMPUTE -> Formats.significant(spec.thresholdE()) + " E at top k";
            case CAPABILITY_EVAL -> Formats.significant(spec.thresholdE()) + " E at k = " + Formats.multiplier(spec.evalMultiplier());
            case ENTITY_BASED -> Formats.significant(spec.thresholdFlop()) + " FLOP and $" + Formats.significant(spec.revenueThresholdUsd())
                    + "/yr revenue";
            case ADAPTIVE_THRESHOLD -> "from " + Formats.significant(spec.thresholdFlop()) + " FLOP, "
                    + Formats.significant(spec.frontierMarginOom()) + " OOM below frontier";
            case CAPABILITY_DESIGNATION -> Formats.significant(spec.thresholdE()) + " E at k = " + Formats.multiplier(spec.evalMultiplier())
                    + ", " + spec.evaluationsPerPeriod() + " evals/" + spec.reviewPeriodMonths() + " mo";
            case SITE_MONITORING -> Formats.significant(spec.thresholdFlop()) + " FLOP at sites >= "
                    + Formats.significant(spec.monitoringSiteFlopPerMonth()) + " FLOP/mo";
        };
    }

    /** Swing thread only. */
    void show(List<List<String>> rows) {
        table.show(rows);
    }

    JScrollPane component() {
        return pane;
    }

    List<List<String>> rowsShown() {
        return table.rows();
    }
}
