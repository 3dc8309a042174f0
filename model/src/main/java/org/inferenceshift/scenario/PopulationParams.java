package org.inferenceshift.scenario;

import java.io.Serializable;

/** DESIGN §6: the simulated user population and the distributions its columns are drawn from. */
public record PopulationParams(
        @Param(min = 1, max = 100_000_000, unit = "agents", doc = "Simulated users (rows of the user arrays).")
        int agents,
        @Param(min = 1, max = 1e11, unit = "people", doc = "Potential users in the world the whole population stands for; each agent carries represents/agents people.")
        double represents,
        @Param(min = 1, max = 1e6, unit = "USD/month", doc = "Median monthly income of potential users.")
        double incomeMedianUsdPerMonth,
        @Param(min = 0, max = 3, unit = "log-sd", doc = "Sigma of the lognormal income distribution (0.85 gives a Gini near 0.45).")
        double incomeSigma,
        @Param(min = 0.01, max = 0.99, unit = "share", doc = "Mean share of a user's tasks that are reasoning tasks (Beta distributed).")
        double reasoningShareMean,
        @Param(min = 0.1, max = 1000, unit = "alpha+beta", doc = "Concentration (alpha+beta) of the Beta distribution of reasoning share.")
        double reasoningShareConcentration,
        @Param(min = 0, max = 60, unit = "E (OOM)", doc = "Mean task difficulty, in effective orders of magnitude of pre-training compute.")
        double difficultyMeanE,
        @Param(min = 0, max = 10, unit = "E (OOM)", doc = "Standard deviation of task difficulty across users.")
        double difficultySdE,
        @Param(min = 0.01, max = 10, unit = "E (OOM)", doc = "Width w of the logistic success curve p = 1/(1+exp(-(E-d)/w)).")
        double successWidthE,
        @Param(min = 0, max = 1e6, unit = "queries/month", doc = "Median queries per month of a median-income user.")
        double usageMedianQueriesPerMonth,
        @Param(min = 0, max = 3, unit = "log-sd", doc = "Sigma of the lognormal usage distribution.")
        double usageSigma,
        @Param(min = -1, max = 1, unit = "correlation", doc = "Correlation between log income and log usage.")
        double usageIncomeCorrelation,
        @Param(min = 0, max = 1e6, unit = "USD/month", doc = "v0: monthly value of AI work to a median-income user whose tasks all succeed.")
        double valueUsdPerMonthAtMedianIncome,
        @Param(min = 0, max = 3, unit = "elasticity", doc = "eta: elasticity of the value of AI work with respect to income.")
        double valueIncomeElasticity,
        @Param(min = 0, max = 1, unit = "per year", doc = "Bass innovation coefficient p: the rate at which people start using AI independently of how many already do.")
        double adoptionInnovation,
        @Param(min = 0, max = 10, unit = "per year", doc = "Bass imitation coefficient q: the rate at which people start using AI in proportion to the share already using it.")
        double adoptionImitation,
        @Param(min = 0, max = 1, unit = "share of people", doc = "Share of potential users using AI in month 0 besides the labs' initial users, who use it too (1: everyone from the start, no adoption).")
        double initialAdopterShare,
        @Param(min = 0, max = 1, unit = "share of people", doc = "Share of people able to self-host an open-weight model (software developers and people who run local models); only they have self-hosting as an outside option (issue 18 item 3).")
        double technicalShare) implements Serializable {
}
