package org.inferenceshift.sim;

import java.util.function.Supplier;
import sim.engine.Steppable;

/**
 * The named phases of one month, in the order they run; the ordinal is the MASON schedule ordering, so
 * within a step MASON runs them exactly in this order. Each phase builds its own {@link Steppable}, so
 * {@link IndustryModel#start()} schedules them by looping over the constants; a new phase is a constant
 * here and a class.
 */
public enum Phase {
    /** This month's compute price and algorithmic multiplier; labs' monthly flows reset. */
    TRENDS(TrendsPhase::new),
    /** Each lab's budget, split by its allocation, buys training, serving capacity and IDA compute. */
    BUDGETS(BudgetPhase::new),
    /** Runs that have lasted their months end in a model, deployed or held for evaluation. */
    TRAINING(TrainingPhase::new),
    /** Held models are released; regulators decide coverage; labs comply or withhold. */
    REGULATION(RegulationPhase::new),
    /** The month's offers are published and the users choose. */
    USER_CHOICE(UserChoicePhase::new),
    /** Labs publish their API price lists and the API buyers choose (nothing when the API market is off). */
    API_MARKET(ApiMarketPhase::new),
    /** Labs are paid and serve their subscribers' queries; demand above capacity throttles. */
    SERVING(ServingPhase::new),
    /** Capital raises, and every lab's books close for the month. */
    FINANCE(FinancePhase::new),
    /** Labs whose cash stayed negative exit; the others review their allocation, then their menu. */
    LAB_REVIEWS(LabReviewsPhase::new),
    /** New labs arrive, ready for next month. */
    ENTRY(EntryPhase::new),
    /** The state is checked and the month's metrics recorded; the run ends after its horizon. */
    METRICS(MetricsPhase::new);

    private final Supplier<Steppable> factory;

    Phase(Supplier<Steppable> factory) {
        this.factory = factory;
    }

    public int ordering() {
        return ordinal();
    }

    /** A new Steppable that runs this phase every step. */
    public Steppable newStep() {
        return factory.get();
    }
}
