package org.inferenceshift.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inferenceshift.experiment.ParameterRange;
import org.inferenceshift.report.ReportDocument;
import org.inferenceshift.report.ReportDocument.Heading;
import org.inferenceshift.report.ReportDocument.Image;
import org.inferenceshift.report.ReportDocument.Table;
import org.inferenceshift.report.ReportDocument.Text;
import org.inferenceshift.scenario.ScenarioLoader;
import org.inferenceshift.validation.FactResult;
import org.inferenceshift.validation.FactRole;
import org.inferenceshift.validation.StylizedFact;
import org.inferenceshift.validation.Validation;
import org.inferenceshift.validation.ValidationTable;

/**
 * The fit report as a {@link ReportDocument} (Markdown and self-contained HTML): the fitted parameters with
 * their posterior ranges; every fact before and after fitting, calibration targets beside held-out facts;
 * the leave-one-group-out folds; and each fact's figure on the fitted scenario.
 */
public final class FitReport {
    private FitReport() {
    }

    public static ReportDocument build(Calibrator.Outcome o, Map<String, byte[]> figures) {
        CalibrationSpec spec = o.spec();
        Validation.Outcome after = o.after();
        ReportDocument doc = new ReportDocument("InferenceShift calibration: " + spec.name());
        doc.add(new Text(String.format(Locale.ROOT, "Calibration file `%s` (%s). Each candidate is the validation "
                        + "experiment `%s`: scenario `%s`, %d seeds of %,d users, %s to %s, the same seeds for every "
                        + "candidate. The distance D is the mean over the %d calibration targets of each target's "
                        + "distance outside its band, in band widths (log scale for positive bands; docs/VALIDATION.md, "
                        + "'Calibration as a method'); D = 0 when every target passes. CMA-ES evaluated %d candidates; "
                        + "the posterior is ABC rejection over a Sobol sample of %d points, keeping those within %s of "
                        + "the best distance.",
                spec.file().getFileName(), spec.purpose(), spec.experiment().file().getFileName(), after.scenarioName(),
                after.seeds(), after.agents(), after.start(), after.start().plusMonths(after.months() - 1L),
                spec.targets().size(), o.fit().evaluations(), o.sample().size(), CalibrationWriter.number(o.tolerance()))));
        doc.add(new Heading(2, "Fitted parameters"));
        doc.add(parameters(o));
        doc.add(new Heading(2, "Facts before and after fitting"));
        doc.add(new Text(tally(o)));
        doc.add(facts(o));
        if (!o.folds().isEmpty()) {
            doc.add(new Heading(2, "Leave-one-group-out cross-validation"));
            doc.add(new Text("Each fold fits without one group's calibration targets, then tests every fact of that "
                    + "group (targets and held-out alike) on the fold's fit: a fact passes when its mean over seeds "
                    + "lies in its band."));
            doc.add(folds(o));
        }
        if (!figures.isEmpty()) {
            doc.add(new Heading(2, "Facts on the fitted scenario"));
            for (FactResult r : after.results()) {
                byte[] png = figures.get(r.fact().id());
                if (png != null) {
                    doc.add(new Heading(3, r.fact().title()));
                    doc.add(new Image(r.fact().title() + ": the fitted scenario's seeds against the band",
                            CalibrationWriter.FIGURES_DIR + "/" + r.fact().id() + ".png", png));
                }
            }
        }
        return doc;
    }

    private static Table parameters(Calibrator.Outcome o) {
        List<ParameterRange> ps = o.spec().parameters();
        JsonNode tree = ScenarioLoader.mapper().valueToTree(o.before().plan().task().scenario(o.before().plan().runs().get(0)));
        List<Calibrator.SamplePoint> kept = o.posterior();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            ParameterRange p = ps.get(i);
            double lo = Double.NaN;
            double hi = Double.NaN;
            double sum = 0;
            for (Calibrator.SamplePoint s : kept) {
                double v = s.values()[i];
                lo = Double.isNaN(lo) ? v : Math.min(lo, v);
                hi = Double.isNaN(hi) ? v : Math.max(hi, v);
                sum += v;
            }
            JsonNode before = tree.at("/" + p.path().replace(".", "/"));
            rows.add(List.of("`" + p.path() + "`", CalibrationWriter.number(p.min()) + " – " + CalibrationWriter.number(p.max()),
                    before.isNumber() ? CalibrationWriter.number(before.asDouble()) : before.toString(),
                    CalibrationWriter.number(o.fit().values()[i]),
                    kept.isEmpty() ? "none kept" : CalibrationWriter.number(lo) + " – " + CalibrationWriter.number(hi),
                    kept.isEmpty() ? "" : CalibrationWriter.number(sum / kept.size()), Integer.toString(kept.size())));
        }
        return new Table(List.of("parameter", "range searched", "scenario value", "fitted", "posterior range",
                "posterior mean", "posterior points"), rows, List.of(false, false, true, true, true, true, true));
    }

    public static String tally(Calibrator.Outcome o) {
        int[] targetsBefore = count(o.before(), FactRole.CALIBRATION_TARGET);
        int[] targetsAfter = count(o.after(), FactRole.CALIBRATION_TARGET);
        int[] heldBefore = count(o.before(), FactRole.HELD_OUT);
        int[] heldAfter = count(o.after(), FactRole.HELD_OUT);
        double before = FitDistance.of(o.spec().targets(), means(o.before()));
        return String.format(Locale.ROOT, "Calibration targets in band: %d of %d before, %d of %d after fitting. "
                        + "Held-out facts in band: %d of %d before, %d of %d after. Distance D: %s before, %s after.",
                targetsBefore[0], targetsBefore[1], targetsAfter[0], targetsAfter[1], heldBefore[0], heldBefore[1],
                heldAfter[0], heldAfter[1], CalibrationWriter.number(before), CalibrationWriter.number(o.fit().distance()));
    }

    static Map<String, Double> means(Validation.Outcome outcome) {
        Map<String, Double> m = new java.util.LinkedHashMap<>();
        outcome.results().forEach(r -> m.put(r.fact().id(), r.mean()));
        return m;
    }

    private static int[] count(Validation.Outcome outcome, FactRole role) {
        int pass = 0;
        int all = 0;
        for (FactResult r : outcome.results()) {
            if (r.fact().role() == role) {
                all++;
                pass += r.passes() ? 1 : 0;
            }
        }
        return new int[] {pass, all};
    }

    private static Table facts(Calibrator.Outcome o) {
        List<List<String>> rows = new ArrayList<>();
        List<String> targetIds = o.spec().targets().stream().map(t -> t.fact().id()).toList();
        for (FactRole role : List.of(FactRole.CALIBRATION_TARGET, FactRole.HELD_OUT, FactRole.INPUT)) {
            for (int i = 0; i < o.after().results().size(); i++) {
                FactResult a = o.after().results().get(i);
                FactResult b = o.before().results().get(i);
                StylizedFact f = a.fact();
                if (f.role() != role) {
                    continue;
                }
                String label = f.role().label() + (role == FactRole.CALIBRATION_TARGET && !targetIds.contains(f.id())
                        ? " (not fitted here)" : "");
                rows.add(List.of("`" + f.id() + "`", label, f.group().label(), f.month().toString(),
                        ValidationTable.number(f.bandLow()) + " – " + ValidationTable.number(f.bandHigh()) + " " + f.unit(),
                        ValidationTable.number(b.mean()), b.passes() ? "pass" : "**miss**",
                        ValidationTable.number(a.mean()),
                        ValidationTable.number(a.lower()) + " – " + ValidationTable.number(a.upper()),
                        a.seedsInBand() + "/" + a.runs(), a.passes() ? "**pass**" : "**miss**"));
            }
        }
        return new Table(List.of("fact", "role", "group", "read in", "band", "mean before", "before",
                "mean after", "model 95% range after", "seeds in band after", "after"), rows,
                List.of(false, false, false, false, false, true, false, true, true, true, false));
    }

    private static Table folds(Calibrator.Outcome o) {
        List<List<String>> rows = new ArrayList<>();
        for (Calibrator.Fold fold : o.folds()) {
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < o.spec().parameters().size(); i++) {
                values.append(i > 0 ? ", " : "").append(o.spec().parameters().get(i).path()).append(" = ")
                        .append(CalibrationWriter.number(fold.fit().values()[i]));
            }
            for (StylizedFact f : Calibrator.tested(fold.group())) {
                Double m = fold.means().get(f.id());
                double mean = m == null ? Double.NaN : m;
                rows.add(List.of(fold.group().label(), values.toString(), CalibrationWriter.number(fold.fit().distance()),
                        "`" + f.id() + "`", f.role().label(),
                        ValidationTable.number(f.bandLow()) + " – " + ValidationTable.number(f.bandHigh()) + " " + f.unit(),
                        ValidationTable.number(mean), f.inBand(mean) ? "**pass**" : "**miss**"));
            }
        }
        return new Table(List.of("group left out", "fit without it", "D on the rest", "fact tested", "role", "band",
                "mean", "verdict"), rows, List.of(false, false, true, false, false, false, true, false));
    }
}
