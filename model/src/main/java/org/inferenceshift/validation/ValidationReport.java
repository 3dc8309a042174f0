package org.inferenceshift.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inferenceshift.report.ReportDocument;
import org.inferenceshift.report.ReportDocument.Heading;
import org.inferenceshift.report.ReportDocument.Image;
import org.inferenceshift.report.ReportDocument.Table;
import org.inferenceshift.report.ReportDocument.Text;

/**
 * The validation as a {@link ReportDocument}, rendered to a self-contained report.html like a run's and the
 * claims': the table of facts with verdicts, then each fact with its figure. Sources and the reasoning
 * behind each band are in docs/VALIDATION.md, which the report points to rather than repeats.
 */
final class ValidationReport {
    private ValidationReport() {
    }

    /** @param figures PNG bytes by fact id */
    static ReportDocument build(Validation.Outcome outcome, Map<String, byte[]> figures) {
        ReportDocument doc = new ReportDocument("InferenceShift validation: " + outcome.scenarioName());
        doc.add(new Text(String.format(Locale.ROOT, "Scenario `%s`, %d seeds of %,d users, %s to %s, against the "
                        + "stylized facts of 2023–2025. Each fact's source and the reasoning behind its band are in "
                        + "docs/VALIDATION.md (sections 'The facts and their bands' and 'How a fact is judged'): a fact "
                        + "passes when the model's mean over seeds lies in its band.",
                outcome.scenarioName(), outcome.seeds(), outcome.agents(), outcome.start(),
                outcome.start().plusMonths(outcome.months() - 1L))));
        doc.add(new Heading(2, "Results"));
        doc.add(new Text(ValidationTable.tally(outcome)));
        doc.add(table(outcome));
        doc.add(new Heading(2, "Facts one by one"));
        for (FactResult r : outcome.results()) {
            StylizedFact f = r.fact();
            doc.add(new Heading(3, f.title()));
            doc.add(new Text(String.format(Locale.ROOT, "`%s` (%s): `%s` read in %s; band %s – %s %s, observed %s. "
                            + "Model mean %s (95%% of seeds %s – %s), %d of %d seeds in the band: %s.",
                    f.id(), f.role().label(), f.metric().column(), f.month(), ValidationTable.number(f.bandLow()),
                    ValidationTable.number(f.bandHigh()), f.unit(), ValidationTable.number(f.observed()),
                    ValidationTable.number(r.mean()), ValidationTable.number(r.lower()), ValidationTable.number(r.upper()),
                    r.seedsInBand(), r.runs(), r.passes() ? "**pass**" : "**miss**")));
            byte[] png = figures.get(f.id());
            if (png != null) {
                doc.add(new Image(f.title() + ": the model's seeds against the band", ValidationWriter.FIGURES_DIR + "/"
                        + f.id() + ".png", png));
            }
        }
        return doc;
    }

    private static Table table(Validation.Outcome outcome) {
        List<List<String>> rows = new ArrayList<>();
        for (FactResult r : outcome.results()) {
            StylizedFact f = r.fact();
            rows.add(List.of(f.title() + " (`" + f.id() + "`)", f.role().label(), f.month().toString(),
                    ValidationTable.number(f.bandLow()) + " – " + ValidationTable.number(f.bandHigh()) + " " + f.unit(),
                    ValidationTable.number(f.observed()), ValidationTable.number(r.mean()),
                    ValidationTable.number(r.lower()) + " – " + ValidationTable.number(r.upper()),
                    r.seedsInBand() + "/" + r.runs(), r.passes() ? "**pass**" : "**miss**"));
        }
        return new Table(List.of("fact", "role", "read in", "band", "observed", "model mean", "model 95% range",
                "seeds in band", "verdict"), rows, List.of(false, false, false, false, true, true, true, true, false));
    }
}
