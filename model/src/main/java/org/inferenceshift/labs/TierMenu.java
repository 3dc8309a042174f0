package org.inferenceshift.labs;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A lab's tiers, in slot order. Users remember a tier by slot; when the menu changes, {@link #remap()}
 * tells where each slot of the last published menu went (or -1 if its tier was dropped), so the user
 * arrays follow the change in one pass without any per-user object.
 */
public final class TierMenu implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Tier> tiers = new ArrayList<>();
    private final List<Integer> ids = new ArrayList<>();
    private int[] publishedIds = new int[0];
    private int nextId;

    public List<Tier> tiers() {
        return List.copyOf(tiers);
    }

    public int size() {
        return tiers.size();
    }

    public Tier get(int slot) {
        return tiers.get(slot);
    }

    /** Stable identity of the tier in a slot, unchanged by price changes and by other tiers moving. */
    public int id(int slot) {
        return ids.get(slot);
    }

    public int slotOf(int id) {
        return ids.indexOf(id);
    }

    public void add(Tier tier) {
        tiers.add(tier);
        ids.add(nextId++);
    }

    public void replace(int slot, Tier tier) {
        tiers.set(slot, tier);
    }

    public void remove(int slot) {
        tiers.remove(slot);
        ids.remove(slot);
    }

    public void clear() {
        tiers.clear();
        ids.clear();
    }

    /**
     * Lowers every tier's k to at most {@code cap} (a newly deployed model's 10^P): a tier beyond the
     * plateau would charge for inference that buys nothing, and no output may show such a configuration.
     */
    public void capMultipliers(double cap) {
        for (int slot = 0; slot < tiers.size(); slot++) {
            Tier t = tiers.get(slot);
            if (t.inferenceMultiplier() > cap) {
                tiers.set(slot, t.withMultiplier(Math.max(1.0, cap)));
            }
        }
    }

    /** Highest inference multiplier on the menu, or 1 if the menu is empty. */
    public double maxMultiplier() {
        double max = 1.0;
        for (Tier t : tiers) {
            max = Math.max(max, t.inferenceMultiplier());
        }
        return max;
    }

    public int paidCount() {
        int n = 0;
        for (Tier t : tiers) {
            if (!t.isFree()) {
                n++;
            }
        }
        return n;
    }

    public boolean hasFreeTier() {
        return paidCount() < tiers.size();
    }

    /**
     * Maps each slot of the previously published menu to its slot now (-1 if dropped), then marks the
     * current menu as published. Returns null when nothing moved, the common case.
     */
    public int[] remap() {
        int[] now = ids.stream().mapToInt(Integer::intValue).toArray();
        if (Arrays.equals(now, publishedIds)) {
            return null;
        }
        if (publishedIds.length == 0) {
            // first publication (or a lab that had no tiers): no user can hold a slot to move
            publishedIds = now;
            return null;
        }
        int[] map = new int[publishedIds.length];
        for (int old = 0; old < publishedIds.length; old++) {
            map[old] = -1;
            for (int slot = 0; slot < now.length; slot++) {
                if (now[slot] == publishedIds[old]) {
                    map[old] = slot;
                    break;
                }
            }
        }
        publishedIds = now;
        return map;
    }
}
