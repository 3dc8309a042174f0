package org.inferenceshift.api;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What one month's buyer pass bought, per offer of the {@link ApiPriceList} and at the first month's volume
 * (the market scales it by the month's volume growth): queries, queries times the mean k they used, spend,
 * and the queries not bought from any lab. Filled per chunk, chunks added in chunk order, so sums do not
 * depend on the thread count.
 */
final class ApiTally implements Serializable {
    private static final long serialVersionUID = 1L;

    double[] queries = new double[0];
    double[] kQueries = new double[0];
    double[] spendUsd = new double[0];
    double notBought;

    void reset(int offers) {
        if (queries.length < offers) {
            int capacity = Math.max(offers, 2 * queries.length);
            queries = new double[capacity];
            kQueries = new double[capacity];
            spendUsd = new double[capacity];
        }
        Arrays.fill(queries, 0);
        Arrays.fill(kQueries, 0);
        Arrays.fill(spendUsd, 0);
        notBought = 0;
    }

    void add(ApiTally other, int offers) {
        for (int j = 0; j < offers; j++) {
            queries[j] += other.queries[j];
            kQueries[j] += other.kQueries[j];
            spendUsd[j] += other.spendUsd[j];
        }
        notBought += other.notBought;
    }
}
