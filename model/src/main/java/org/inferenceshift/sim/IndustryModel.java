package org.inferenceshift.sim;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.inferenceshift.api.ApiMarket;
import org.inferenceshift.capability.CapabilityFunction;
import org.inferenceshift.compute.ComputeOptimality;
import org.inferenceshift.compute.ModelShape;
import org.inferenceshift.compute.Trends;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.labs.LabDecisions;
import org.inferenceshift.labs.MarketView;
import org.inferenceshift.labs.Tier;
import org.inferenceshift.labs.TrainedModel;
import org.inferenceshift.market.ChoiceModel;
import org.inferenceshift.market.MarketSnapshot;
import org.inferenceshift.market.MarketTally;
import org.inferenceshift.market.UserPass;
import org.inferenceshift.metrics.MeasuredIndustry;
import org.inferenceshift.observe.MonthObserver;
import org.inferenceshift.regulation.Regulator;
import org.inferenceshift.scenario.LabSpec;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.scenario.TierInferenceKind;
import org.inferenceshift.users.Adoption;
import org.inferenceshift.users.Population;
import org.inferenceshift.users.PopulationFactory;
import sim.engine.SimState;

/**
 * The simulation: MASON's {@link SimState} is the clock (one step = one month) and this class holds the
 * state the phases act on. {@link #start()} rebuilds everything from the scenario, so every start is a
 * fresh run; the phases, one {@link sim.engine.Steppable} each, are scheduled in {@link Phase} order.
 * Capability queries are {@link #reasoning()}'s; labs' decisions see the world only through
 * {@link #marketView()}, the metrics only through {@link MeasuredIndustry}; whoever runs the model attaches
 * the month's observers (the metrics recorder among them) after {@link #start()}.
 */
public class IndustryModel extends SimState implements MeasuredIndustry {
    private static final long serialVersionUID = 1L;

    /** The scenario of the run in progress: the phases read it every month, so it never changes mid-run. */
    private Scenario scenario;
    /** The scenario the next {@link #start()} runs (edited between runs by the GUI inspector). */
    private Scenario nextScenario;
    private int threads = 1;

    private Trends trends;
    private CapabilityFunction capability;
    private ComputeOptimality computeOptimality;
    private Population population;
    private final List<Lab> labs = new ArrayList<>();
    private final List<TrainedModel> models = new ArrayList<>();
    private MarketSnapshot snapshot;
    private UserPass userPass;
    /** Who starts using AI when (issue 18 item 4). */
    private Adoption adoption;
    private MarketTally tally;
    /** The enterprise / API market (issue 18 item 5); null when the scenario switches it off. */
    private ApiMarket apiMarket;
    private double[] userShareByLab = new double[0];
    private double[] subscriberShareByLab = new double[0];
    private final List<Regulator> regulators = new ArrayList<>();
    private Ledger ledger;
    /** Observers of the run in progress, called in order at the end of each month (checkpoints keep them). */
    private final ArrayList<MonthObserver<? super IndustryModel>> monthObservers = new ArrayList<>();
    private double flopPerDollar;
    private double algorithmicMultiplier;
    private double servingEfficiency = 1.0;
    private int entrants;
    private final ReasoningCapability reasoning = new ReasoningCapability(this);
    private final MarketView marketView = new IndustryMarketView(this);

    public IndustryModel(Scenario scenario) {
        super(scenario.seed());
        this.scenario = scenario;
        this.nextScenario = scenario;
    }

    /**
     * Replaces the scenario; takes effect at the next {@link #start()}, so a run in progress keeps the
     * scenario it started with. The generator's seed is not changed.
     */
    public void setScenario(Scenario scenario) {
        this.nextScenario = scenario;
    }

    /** The scenario the next {@link #start()} will run: {@link #scenario()} unless it was replaced since. */
    public Scenario nextScenario() {
        return nextScenario;
    }

    public void setThreads(int threads) {
        this.threads = Math.max(1, threads);
        if (userPass != null) {
            userPass.setThreads(this.threads);
        }
        if (apiMarket != null) {
            apiMarket.setThreads(this.threads);
        }
    }

    @Override
    public void start() {
        super.start();
        scenario = nextScenario;
        trends = new Trends(scenario.trends());
        capability = new CapabilityFunction(scenario.capability());
        computeOptimality = new ComputeOptimality(scenario.strategy().computeOptimalTokensPerParameter(),
                scenario.strategy().chinchillaAlpha(), scenario.strategy().chinchillaBeta());
        population = PopulationFactory.create(scenario.population(), scenario.labs(),
                scenario.regions().stream().map(r -> r.share()).toList(), random);
        long tasteSalt = random.nextLong();
        ChoiceModel choice = new ChoiceModel(scenario.choice().logitScale(),
                scenario.population().successWidthE(), scenario.choice().considerationLabs(),
                scenario.choice().brandTasteScale(), tasteSalt, scenario.choice().switchingCost());
        adoption = new Adoption(scenario.population().adoptionInnovation(), scenario.population().adoptionImitation(),
                scenario.population().initialAdopterShare(), tasteSalt);
        adoption.initialise(population);
        userPass = new UserPass(population.size(), choice, scenario.choice().reviewRate(), random);
        userPass.setThreads(threads);
        snapshot = new MarketSnapshot();
        ledger = new Ledger();
        regulators.clear();
        for (int g = 0; g < scenario.regulators().size(); g++) {
            var spec = scenario.regulators().get(g);
            regulators.add(new Regulator(g, spec, scenario.regionIndex(spec.region()), capability, random));
        }
        labs.clear();
        models.clear();
        entrants = 0;
        for (LabSpec spec : scenario.labs()) {
            double flop = spec.initialModel().trainingFlop();
            addLab(spec, 0, flop, flop * computeOptimality.effectiveComputeFactor(spec.tokensPerParameter()),
                    spec.initialModel().postTrainingFlop());
        }
        setUserShares(initialShares());
        if (apiMarket != null) {
            apiMarket.shutdown();
        }
        // drawn last, so a run with the API market off uses the generator exactly as before it existed
        apiMarket = scenario.api().enabled()
                ? new ApiMarket(scenario.api(), scenario.population().successWidthE(), random) : null;
        if (apiMarket != null) {
            apiMarket.setThreads(threads);
        }
        monthObservers.clear();
        for (Phase phase : Phase.values()) {
            schedule.scheduleRepeating(0.0, phase.ordering(), phase.newStep());
        }
    }

    /**
     * Attaches an observer to the run in progress: it is called at the end of every month from the next
     * one, after the attached before it. {@link #start()} drops every observer, since a start begins a new run.
     */
    public void addMonthObserver(MonthObserver<? super IndustryModel> observer) {
        monthObservers.add(observer);
    }

    /** The observers of the run in progress, in the order they are called. */
    public List<MonthObserver<? super IndustryModel>> monthObservers() {
        return Collections.unmodifiableList(monthObservers);
    }

    /** Ends the month for its observers: the last phase calls this once the month has settled. */
    void notifyMonthEnded() {
        for (MonthObserver<? super IndustryModel> observer : monthObservers) {
            observer.monthEnded(this);
        }
    }

    @Override
    public void finish() {
        super.finish();
        if (userPass != null) {
            userPass.shutdown();
        }
        if (apiMarket != null) {
            apiMarket.shutdown();
        }
    }

    /**
     * Adds a lab with its opening model (already trained, with the given compute) and opening tier; its
     * starting cash enters the ledger.
     */
    Lab addLab(LabSpec spec, int month, double physicalFlop, double effectiveFlop, double postTrainingFlop) {
        Lab lab = new Lab(labs.size(), spec, month, LabDecisions.forLab(spec, scenario), regulators.size(),
                scenario.regions().size());
        TrainedModel model = newModel(lab, month, physicalFlop, effectiveFlop, postTrainingFlop, spec.tokensPerParameter());
        model.setLargestSiteFlopPerMonth((physicalFlop + postTrainingFlop) / spec.trainingMonths());
        lab.deploy(model, month);
        lab.menu().add(Tier.paid("standard", spec.tier().priceUsdPerMonth(), spec.tier().inferenceMultiplier(),
                spec.tierInference() == TierInferenceKind.ADAPTIVE));
        labs.add(lab);
        ledger.addInitialCash(lab.finance().getCashUsd());
        return lab;
    }

    TrainedModel newModel(Lab lab, int month, double physicalFlop, double effectiveFlop, double postTrainingFlop,
                          double tokensPerParameter) {
        TrainedModel model = new TrainedModel(models.size(), lab.getId(), month, physicalFlop, effectiveFlop,
                postTrainingFlop, ModelShape.fromCompute(physicalFlop, tokensPerParameter),
                baseE(lab, effectiveFlop), capability.plateau(postTrainingFlop, physicalFlop), lab.isOpenWeights());
        models.add(model);
        return model;
    }

    /**
     * The data wall {@code lab} faces this month: the scenario's {@code dataWallFlop}, moved by the verified
     * synthetic data the lab holds (MODEL.md §7.10).
     */
    @Override
    public double dataWallFlop(Lab lab) {
        double wall = scenario.capability().dataWallFlop();
        return scenario.synthetic().enabled()
                ? lab.synthetic().wallFlop(wall, scenario.strategy().computeOptimalTokensPerParameter(), scenario.synthetic())
                : wall;
    }

    /** E at k = 1 of {@code effectiveFlop} of pre-training for {@code lab}, against its own data wall. */
    public double baseE(Lab lab, double effectiveFlop) {
        return lab.synthetic().getValueTokens() > 0 && scenario.synthetic().enabled()
                ? capability.baseEWithWall(effectiveFlop, dataWallFlop(lab)) : capability.baseE(effectiveFlop);
    }

    /** Numbers entrant labs "entrant-1", "entrant-2", ... in order of arrival. */
    int nextEntrantNumber() {
        return ++entrants;
    }

    private double[] initialShares() {
        double[] shares = new double[labs.size()];
        for (int l = 0; l < shares.length; l++) {
            shares[l] = scenario.labs().get(l).initialUserShare();
        }
        return shares;
    }

    /** The month being simulated: 0 during the first step. */
    public int month() {
        return (int) schedule.getSteps();
    }

    public Scenario scenario() { return scenario; }
    public List<Lab> labs() { return Collections.unmodifiableList(labs); }
    public MersenneTwisterFast random() { return random; }
    public double flopPerDollar() { return flopPerDollar; }
    /** Capability queries on the labs' models this month. */
    public ReasoningCapability reasoning() { return reasoning; }
    /** All a lab's decisions may see of the model. */
    public MarketView marketView() { return marketView; }

    @Override
    public double reasoningE(TrainedModel model, double k) { return reasoning.reasoningE(model, k); }
    @Override
    public double topReasoningE(Lab lab) { return reasoning.topReasoningE(lab); }

    public int threads() { return threads; }
    public Trends trends() { return trends; }
    public CapabilityFunction capability() { return capability; }
    public ComputeOptimality computeOptimality() { return computeOptimality; }
    public Population population() { return population; }
    @Override
    public double peoplePerAgent() { return population.peoplePerAgent(); }
    public List<TrainedModel> models() { return Collections.unmodifiableList(models); }
    public MarketSnapshot snapshot() { return snapshot; }
    public MarketTally tally() { return tally; }
    public Ledger ledger() { return ledger; }
    public List<Regulator> regulators() { return Collections.unmodifiableList(regulators); }
    public double algorithmicMultiplier() { return algorithmicMultiplier; }
    /** This month's serving efficiency (queries per FLOP at a given size and k, 1 in month 0). */
    @Override
    public double servingEfficiency() { return servingEfficiency; }
    /** Model FLOP (2 N per token) a dollar of serving capacity serves this month: FLOP per dollar times serving efficiency. */
    public double servingFlopPerDollar() { return flopPerDollar * servingEfficiency; }

    /** Share of all people on each lab last month (index = lab index). */
    public double userShare(int lab) {
        return lab < userShareByLab.length ? userShareByLab[lab] : 0;
    }

    public double subscriberShare(int lab) {
        return lab < subscriberShareByLab.length ? subscriberShareByLab[lab] : 0;
    }

    double[] subscriberShares() { return subscriberShareByLab; }

    void setUserShares(double[] sharesOfPeople) {
        userShareByLab = sharesOfPeople;
        subscriberShareByLab = normalised(sharesOfPeople);
    }

    private static double[] normalised(double[] shares) {
        double sum = 0;
        for (double s : shares) {
            sum += s;
        }
        double[] out = new double[shares.length];
        for (int l = 0; l < out.length; l++) {
            out[l] = sum > 0 ? shares[l] / sum : 0;
        }
        return out;
    }

    void setTally(MarketTally tally) { this.tally = tally; }
    /** The month's pass over the users (its thread count follows {@link #setThreads}). */
    public UserPass userPass() { return userPass; }
    public Adoption adoption() { return adoption; }
    /** The enterprise / API market of the run, or null when the scenario switches it off. */
    @Override
    public ApiMarket apiMarket() { return apiMarket; }

    void setTrendsFor(int month) {
        flopPerDollar = trends.flopPerDollar(month);
        algorithmicMultiplier = trends.algorithmicMultiplier(month);
        servingEfficiency = trends.servingEfficiency(month);
    }
}
