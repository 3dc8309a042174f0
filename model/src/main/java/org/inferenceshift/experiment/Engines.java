package org.inferenceshift.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The engines {@code --engine} can name: {@code local} always, others when their module is present. */
public final class Engines {
    public static final String LOCAL = "local";
    /** The engine of the spark module, present on the classpath only when that module is. */
    public static final String SPARK = "spark";

    private Engines() {
    }

    /** Creates the named engine, or explains where to find it. */
    public static ExperimentEngine create(String name, int threads) throws EngineUnavailableException {
        if (name.equals(LOCAL)) {
            return new LocalEngine(threads);
        }
        List<String> known = new ArrayList<>(List.of(LOCAL, SPARK));
        for (EngineProvider provider : ServiceLoader.load(EngineProvider.class)) {
            if (provider.name().equals(name)) {
                return provider.create(threads);
            }
            if (!known.contains(provider.name())) {
                known.add(provider.name());
            }
        }
        if (name.equals(SPARK)) {
            throw new EngineUnavailableException("the spark engine is not on this classpath: run it through "
                    + "./inferenceshift (which builds the spark module on first use) or spark-submit the cluster jar "
                    + "(README, Batch experiments)");
        }
        throw new EngineUnavailableException("unknown engine \"" + name + "\"; the engines are " + String.join(", ", known)
                + " (spark through ./inferenceshift, which builds the spark module, or spark-submit)");
    }

    /** The requested engine cannot be made in this process. */
    public static final class EngineUnavailableException extends Exception {
        private static final long serialVersionUID = 1L;

        public EngineUnavailableException(String message) {
            super(message);
        }
    }
}
