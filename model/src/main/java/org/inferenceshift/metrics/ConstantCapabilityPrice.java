package org.inferenceshift.metrics;

/**
 * The price of constant capability (Epoch AI's and a16z's measure of falling inference prices): the
 * cheapest cost of one query among the configurations on offer (each tier of an active lab: its model,
 * the flagship or the distilled one, at its k) whose reasoning E reaches a fixed level, and its fall per
 * year. The model has no per-query prices (users subscribe), so a query is priced at its serving cost at
 * the month's FLOP price, the price a competitive per-token seller would charge; a fall in it is a fall
 * in that price at a constant markup.
 */
final class ConstantCapabilityPrice {
    private static final double MONTHS_PER_YEAR = 12;

    private ConstantCapabilityPrice() {
    }

    /**
     * @param offeredE      reasoning E of each offered configuration (at its nominal k, unthrottled)
     * @param flopPerQuery  FLOP of one query of each (size fraction, k and serving efficiency included)
     * @param count         how many of the arrays' entries are offers
     * @return the cheapest {@code flopPerQuery / flopPerDollar} among offers with E &gt;= {@code targetE}
     *         (NaN if none reaches it)
     */
    static double cheapestUsdPerQuery(double[] offeredE, double[] flopPerQuery, int count, double targetE,
                                      double flopPerDollar) {
        double best = Double.NaN;
        for (int i = 0; i < count; i++) {
            if (offeredE[i] >= targetE) {
                double usd = flopPerQuery[i] / flopPerDollar;
                best = Double.isNaN(best) ? usd : Math.min(best, usd);
            }
        }
        return best;
    }

    /**
     * Fall per year since the first month, {@code (first / now)^(12 / months)}: NaN in the first month or
     * when either price is undefined.
     */
    static double declinePerYear(double firstUsd, double nowUsd, int months) {
        if (months <= 0 || !(firstUsd > 0) || !(nowUsd > 0) || Double.isInfinite(firstUsd)
                || Double.isInfinite(nowUsd)) {
            return Double.NaN;
        }
        return Math.pow(firstUsd / nowUsd, MONTHS_PER_YEAR / months);
    }
}
