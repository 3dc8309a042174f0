package org.inferenceshift.metrics;

/**
 * The texts' "period to study it before it transforms", read off a run's monthly
 * {@code human_level_cost_to_wage} series: when a human-level configuration first exists, how many months it
 * costs more than a human (ratio above 1), and the first month it costs less.
 *
 * @param firstMonth        index of the first month with a human-level configuration, -1 if none
 * @param monthsCostlier    months, from then on, in which the cheapest one costs more than the wage
 * @param firstCheaperMonth index of the first month it costs no more than the wage, -1 if never
 */
public record HumanLevelPeriod(int firstMonth, int monthsCostlier, int firstCheaperMonth) {

    public static HumanLevelPeriod of(double[] costToWage) {
        int first = -1;
        int costlier = 0;
        int cheaper = -1;
        for (int t = 0; t < costToWage.length; t++) {
            double ratio = costToWage[t];
            if (!Double.isFinite(ratio)) {
                continue;
            }
            if (first < 0) {
                first = t;
            }
            if (ratio > 1) {
                costlier++;
            } else if (cheaper < 0) {
                cheaper = t;
            }
        }
        return new HumanLevelPeriod(first, costlier, cheaper);
    }

    public boolean reached() {
        return firstMonth >= 0;
    }
}
