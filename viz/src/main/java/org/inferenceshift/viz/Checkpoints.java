package org.inferenceshift.viz;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import sim.engine.SimState;

/**
 * Reads a MASON checkpoint (File > Open) as {@code SimState.readFromCheckpoint} does, but through an
 * allow-list {@link ObjectInputFilter} (JEP 290): Java deserialization builds any class the stream names,
 * so a checkpoint from elsewhere could run code through a gadget class on the classpath. Only the
 * model's classes, MASON's (the schedule, its generator) and the JDK types they hold are built; anything
 * else stops the load with a message naming the class, before that class is instantiated.
 */
final class Checkpoints {
    /** The model, MASON's engine and utilities, and the JDK collections and boxes the model's state uses. */
    static final String ALLOWED = "org.inferenceshift.**;sim.engine.**;sim.util.**;ec.util.*;"
            + "java.lang.*;java.util.*;java.util.concurrent.*;java.util.concurrent.atomic.*;java.util.function.*;"
            + "java.lang.invoke.SerializedLambda;java.time.*;!*";

    private Checkpoints() {
    }

    static SimState read(File file) throws IOException, ClassNotFoundException {
        ObjectInputFilter allowList = ObjectInputFilter.Config.createFilter(ALLOWED);
        AtomicReference<Class<?>> refused = new AtomicReference<>();
        ObjectInputFilter remembering = info -> {
            ObjectInputFilter.Status status = allowList.checkInput(info);
            if (status == ObjectInputFilter.Status.REJECTED && refused.get() == null) {
                refused.set(info.serialClass());
            }
            return status;
        };
        try (InputStream raw = Files.newInputStream(file.toPath());
             ObjectInputStream in = new ObjectInputStream(new GZIPInputStream(new BufferedInputStream(raw)))) {
            in.setObjectInputFilter(remembering);
            Object state = in.readObject();
            if (!(state instanceof SimState simState)) {
                throw new InvalidClassException(file + ": not a MASON checkpoint (it holds a "
                        + (state == null ? "null" : state.getClass().getName()) + ")");
            }
            simState.awakeFromCheckpoint();
            return simState;
        } catch (InvalidClassException e) {
            if (refused.get() == null) {
                throw e;
            }
            throw new InvalidClassException(file + ": not opened: it holds a " + refused.get().getName()
                    + ", which no InferenceShift checkpoint contains; a checkpoint may hold only the model's,"
                    + " MASON's and standard Java classes (it was not saved by this program, or was altered)");
        }
    }
}
