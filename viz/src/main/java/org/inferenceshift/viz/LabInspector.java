package org.inferenceshift.viz;

import java.awt.BorderLayout;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.labs.Tier;
import org.inferenceshift.labs.TrainedModel;
import org.inferenceshift.scenario.AllocationShares;
import org.inferenceshift.sim.IndustryModel;
import sim.display.GUIState;
import sim.portrayal.Inspector;

/**
 * One lab in the Console's Inspectors tab, read-only (a lab's capacity or throttle is the model's to decide,
 * not a field to type into mid-run): its state with units, its budget split and its tier menu as tables,
 * all refreshed after every step.
 */
final class LabInspector extends Inspector {
    private static final long serialVersionUID = 1L;

    private final transient GUIState gui;
    private final int labIndex;
    private final JLabel heading = new JLabel();
    private final ReadOnlyTable state = new ReadOnlyTable(List.of("property", "value"));
    private final ReadOnlyTable budget = new ReadOnlyTable(List.of("use", "share", "this month"));
    private final ReadOnlyTable tiers = new ReadOnlyTable(List.of("tier", "price/month", "k", "subscribers", "revenue"));

    LabInspector(GUIState gui, int labIndex) {
        this.gui = gui;
        this.labIndex = labIndex;
        setLayout(new BorderLayout());
        JPanel content = new JPanel();
        content.setLayout(new BoxLayout(content, BoxLayout.Y_AXIS));
        heading.setFont(heading.getFont().deriveFont(Font.BOLD, 14f));
        heading.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        content.add(heading);
        section(content, "State (read-only: the model sets it each month)", state);
        section(content, "Budget split", budget);
        section(content, "Tier menu", tiers);
        content.add(Box.createVerticalGlue());
        add(new JScrollPane(content), BorderLayout.CENTER);
        setVolatile(true);
        updateInspector();
    }

    private static void section(JPanel content, String title, ReadOnlyTable table) {
        JLabel label = new JLabel(title);
        label.setBorder(BorderFactory.createEmptyBorder(8, 6, 2, 6));
        label.setAlignmentX(LEFT_ALIGNMENT);
        content.add(label);
        JPanel holder = new JPanel(new BorderLayout());
        holder.add(table.table().getTableHeader(), BorderLayout.NORTH);
        holder.add(table.table(), BorderLayout.CENTER);
        holder.setAlignmentX(LEFT_ALIGNMENT);
        content.add(holder);
    }

    @Override
    public void updateInspector() {
        IndustryModel model = (IndustryModel) gui.state;
        synchronized (gui.state.schedule) {
            Lab lab = model.labs().get(labIndex);
            heading.setText("Lab " + lab.getId() + (lab.isActive() ? "" : " (exited)"));
            state.show(stateRows(model, lab));
            budget.show(budgetRows(lab));
            tiers.show(tierRows(lab));
        }
    }

    private static List<List<String>> stateRows(IndustryModel model, Lab lab) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Id", lab.getId()));
        rows.add(List.of("Status", lab.isActive() ? "active" : "exited in month " + lab.getExitStep()));
        rows.add(List.of("Weights", lab.isOpenWeights() ? "open" : "closed"));
        rows.add(List.of("Covered by a regulator", lab.standing().isCovered() ? "yes" : "no"));
        rows.add(List.of("Cash", Formats.usd(lab.finance().getCashUsd())));
        rows.add(List.of("Revenue this month", Formats.usd(lab.getRevenueUsd())));
        if (model.apiMarket() != null) {
            int l = lab.getIndex();
            double price = model.apiMarket().pricePerMillionTokens(l);
            rows.add(List.of("API revenue this month", Formats.usd(lab.finance().getApiRevenueUsd())));
            rows.add(List.of("API price", Double.isNaN(price) ? "not selling"
                    : Formats.usd(price) + " per million tokens (markup " + Formats.significant(model.apiMarket().markup(l)) + ")"));
            rows.add(List.of("API serving demand", Formats.significant(model.apiMarket().demandFlop(l)) + " FLOP/month"));
        }
        rows.add(List.of("Compute spend this month", Formats.usd(lab.getSpendUsd())));
        rows.add(List.of("Fixed costs this month", Formats.usd(lab.finance().getFixedUsd())));
        rows.add(List.of("Capital raised", Formats.usd(lab.finance().getRaisedUsd())));
        rows.add(List.of("Months of negative cash", Integer.toString(lab.finance().getNegativeCashMonths())));
        rows.add(List.of("Subscribers", Formats.count(lab.serving().getSubscribers()) + " people"));
        rows.add(List.of("Share of all people", Formats.percent(model.userShare(lab.getIndex()))));
        rows.add(List.of("Serving capacity", Formats.significant(lab.serving().getCapacityFlop()) + " FLOP/month"));
        rows.add(List.of("Serving demand", Formats.significant(lab.serving().getDemandFlop()) + " FLOP/month"));
        rows.add(List.of("Throttle (capacity / demand)", Formats.significant(lab.serving().getThrottle())));
        rows.add(List.of("E top tier (reasoning)", Formats.fixed(model.topReasoningE(lab), 2) + " OOM"));
        rows.add(List.of("E internal (reasoning)", Formats.fixed(model.reasoning().topInternalReasoningE(lab), 2) + " OOM"));
        rows.add(List.of("E at k = 1", Formats.fixed(lab.getDeployedBaseE(), 2) + " OOM"));
        rows.add(List.of("IDA gain, internal", Formats.fixed(lab.ida().getInternalE(), 2) + " OOM"));
        rows.add(List.of("IDA gain, released", Formats.fixed(lab.ida().getDeployedE(), 2) + " OOM"));
        rows.add(List.of("IDA iterations (failed)", lab.ida().getIterations() + " (" + lab.ida().getFailures() + ")"
                + (lab.ida().isIterating() ? ", one running" : "") + (lab.ida().isStopped() ? ", stopped" : "")));
        rows.add(List.of("Data wall (own)", Formats.significant(model.dataWallFlop(lab)) + " FLOP"));
        rows.add(List.of("Verified synthetic tokens", Formats.significant(lab.synthetic().getVerifiedTokens())));
        TrainedModel deployed = lab.deployed();
        if (deployed != null) {
            rows.add(List.of("Deployed model trained with", Formats.significant(deployed.physicalFlop()) + " FLOP"));
            rows.add(List.of("Deployed model released", deployed.isReleased() ? "month " + deployed.releaseStep() : "not yet"));
        }
        rows.add(List.of("Training run length", lab.getTrainingMonths() + " months"));
        rows.add(List.of("Tokens per parameter", Formats.significant(lab.getTokensPerParameter())));
        rows.add(List.of("Entered in month", Integer.toString(lab.getEntryStep())));
        return rows;
    }

    private static List<List<String>> budgetRows(Lab lab) {
        AllocationShares a = lab.getAllocation();
        return List.of(
                List.of("Pre-training", Formats.percent(a.pre()), Formats.usd(lab.finance().getPreTrainingUsd())),
                List.of("Reasoning post-training", Formats.percent(a.post()), Formats.usd(lab.finance().getPostTrainingUsd())),
                List.of("Serving capacity", Formats.percent(a.inference()), Formats.usd(lab.finance().getInferenceUsd())),
                List.of("Inference during training", Formats.percent(a.ida()), Formats.usd(lab.finance().getIdaUsd())),
                List.of("Synthetic training data", Formats.percent(a.synthetic()), Formats.usd(lab.finance().getSyntheticUsd())));
    }

    private static List<List<String>> tierRows(Lab lab) {
        List<List<String>> rows = new ArrayList<>();
        List<Tier> menu = lab.menu().tiers();
        for (int t = 0; t < menu.size(); t++) {
            Tier tier = menu.get(t);
            rows.add(List.of(tier.name(), tier.isFree() ? "free" : Formats.usd(tier.priceUsdPerMonth()),
                    Formats.multiplier(tier.inferenceMultiplier()), Formats.count(lab.tierStats().subscribers(t)),
                    Formats.usd(lab.tierStats().revenueUsd(t))));
        }
        return rows;
    }

    /** What the inspector shows for a state row ("Cash"), for tests. */
    String value(String property) {
        return state.valueOf(property);
    }

    ReadOnlyTable tiersTable() {
        return tiers;
    }

    ReadOnlyTable budgetTable() {
        return budget;
    }
}
