package org.inferenceshift.parameters;

import org.inferenceshift.scenario.CapacityParams;

/** The capacity section of the scenario (issue 16: serving capacity as a lab decision, reserved and on demand) as inspector properties. */
public final class CapacitySection extends ParameterSection {
    CapacitySection(ScenarioParameters owner) {
        super(owner, "capacity", "Capacity");
    }

    private CapacityParams capacity() {
        return scenario().capacity();
    }

    public double getReservedShare() { return capacity().reservedShare(); }
    public void setReservedShare(double value) { set("reservedShare", value); }
    public Object domReservedShare() { return domain("reservedShare"); }

    public double getReservedDiscount() { return capacity().reservedDiscount(); }
    public void setReservedDiscount(double value) { set("reservedDiscount", value); }
    public Object domReservedDiscount() { return domain("reservedDiscount"); }

    public int getCommitmentMonths() { return capacity().commitmentMonths(); }
    public void setCommitmentMonths(int value) { set("commitmentMonths", value); }
    public Object domCommitmentMonths() { return domain("commitmentMonths"); }

    public double getInitialHeadroom() { return capacity().initialHeadroom(); }
    public void setInitialHeadroom(double value) { set("initialHeadroom", value); }
    public Object domInitialHeadroom() { return domain("initialHeadroom"); }

    public double getMaxHeadroom() { return capacity().maxHeadroom(); }
    public void setMaxHeadroom(double value) { set("maxHeadroom", value); }
    public Object domMaxHeadroom() { return domain("maxHeadroom"); }

    public double getHeadroomStep() { return capacity().headroomStep(); }
    public void setHeadroomStep(double value) { set("headroomStep", value); }
    public Object domHeadroomStep() { return domain("headroomStep"); }

    public double getIdleUtilisation() { return capacity().idleUtilisation(); }
    public void setIdleUtilisation(double value) { set("idleUtilisation", value); }
    public Object domIdleUtilisation() { return domain("idleUtilisation"); }

    public int getTrendMonths() { return capacity().trendMonths(); }
    public void setTrendMonths(int value) { set("trendMonths", value); }
    public Object domTrendMonths() { return domain("trendMonths"); }

    public double getMaxMonthlyGrowth() { return capacity().maxMonthlyGrowth(); }
    public void setMaxMonthlyGrowth(double value) { set("maxMonthlyGrowth", value); }
    public Object domMaxMonthlyGrowth() { return domain("maxMonthlyGrowth"); }
}
