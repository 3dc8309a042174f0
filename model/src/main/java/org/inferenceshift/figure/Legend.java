package org.inferenceshift.figure;

/**
 * Where a plot's legend goes.
 *
 * @param place         beside the plot or inside it
 * @param visible       false: no legend
 * @param oneRowIfFits  below the plot, the entries in one row when their names fit across, else one per line
 */
public record Legend(Place place, boolean visible, boolean oneRowIfFits) {
    public static final Legend BELOW = new Legend(Place.BELOW, true, false);
    public static final Legend RIGHT = new Legend(Place.RIGHT, true, false);
    public static final Legend INSIDE_TOP_RIGHT = new Legend(Place.INSIDE_TOP_RIGHT, true, false);
    public static final Legend HIDDEN = new Legend(Place.RIGHT, false, false);

    public enum Place {
        BELOW, RIGHT, INSIDE_TOP_RIGHT
    }
}
