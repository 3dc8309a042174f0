package org.inferenceshift.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The engines {@code --engine} can name: {@code local} always, others when their module is present. */
public final class Engines {
    public static final String LOCAL = "local";

    private Engines() {
    }

    /** Creates the named engine, or explains where to find it. */
    public static ExperimentEngine create(String name, int threads) throws EngineUnavailableException {
        if (name.equals(LOCAL)) {
            return new LocalEngine(threads);
        }
        List<String> known = new ArrayList<>(List.of(LOCAL));
        for (EngineProvider provider : ServiceLoader.load(EngineProvider.class)) {
            if (provider.name().equals(name)) {
                return provider.create(threads);
            }
            known.add(provider.name());
        }
        if (name.equals("spark")) {
            throw new EngineUnavailableException("the spark engine is not on this classpath: run it through "
                    + "./inferenceshift (which builds the spark module on first use) or spark-submit the cluster jar "
                    + "(README, Batch experiments)");
        }
        throw new EngineUnavailableException("unknown engine \"" + name + "\"; available here: " + String.join(", ", known));
    }

    /** The requested engine cannot be made in this process. */
    public static final class EngineUnavailableException extends Exception {
        private static final long serialVersionUID = 1L;

        public EngineUnavailableException(String message) {
            super(message);
        }
    }
}
