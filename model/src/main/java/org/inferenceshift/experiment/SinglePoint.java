package org.inferenceshift.experiment;

import java.util.List;
import java.util.Map;

/** No varied parameters: each scenario runs as written (with the experiment's fixed settings). */
public record SinglePoint() implements Design {
    @Override
    public List<String> parameters() {
        return List.of();
    }

    @Override
    public List<DesignPoint> points() {
        return List.of(new DesignPoint(0, Map.of()));
    }
}
