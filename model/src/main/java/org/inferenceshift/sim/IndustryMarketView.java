package org.inferenceshift.sim;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.List;
import org.inferenceshift.labs.LabView;
import org.inferenceshift.labs.MarketView;

/**
 * The {@link MarketView} labs' decisions get of the running model: labs as their public faces, last
 * month's subscriber shares, this month's compute price and capability figures, and the run's generator.
 */
final class IndustryMarketView implements MarketView, Serializable {
    private static final long serialVersionUID = 1L;

    private final IndustryModel model;

    IndustryMarketView(IndustryModel model) {
        this.model = model;
    }

    @Override
    public List<? extends LabView> labs() { return model.labs(); }
    @Override
    public double subscriberShare(int lab) { return model.subscriberShare(lab); }
    @Override
    public double userShare(int lab) { return model.userShare(lab); }
    @Override
    public double flopPerDollar() { return model.flopPerDollar(); }
    @Override
    public double servingEfficiency() { return model.servingEfficiency(); }
    @Override
    public double forecastReasoningE(int lab) { return model.reasoning().forecastReasoningE(model.labs().get(lab)); }
    @Override
    public double frontierReasoningE() { return model.reasoning().frontierReasoningE(); }
    @Override
    public MersenneTwisterFast random() { return model.random; }

    @Override
    public int month() { return model.month(); }

    @Override
    public double apiQueriesPerMonth() {
        return model.apiMarket() == null ? 0
                : model.scenario().api().queriesPerMonth() * model.apiMarket().volumeFactor(model.month());
    }
}
