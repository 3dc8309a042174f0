package org.inferenceshift.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.similarity.LevenshteinDistance;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Answers a mistyped subcommand ({@code inferenceshift rnu}) with the commands it is closest to, as picocli
 * already does for mistyped options; every other bad argument goes to picocli's own handler.
 */
final class SubcommandSuggestions implements IParameterExceptionHandler {
    /** Edits (insert, delete, replace) a typo may be away from a command name and still be suggested. */
    static final int MAX_EDITS = 2;

    private final IParameterExceptionHandler fallback;

    SubcommandSuggestions(IParameterExceptionHandler fallback) {
        this.fallback = fallback;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) throws Exception {
        CommandLine cmd = ex.getCommandLine();
        if (!(ex instanceof UnmatchedArgumentException unmatched) || cmd.getSubcommands().isEmpty()
                || unmatched.getUnmatched().isEmpty() || unmatched.getUnmatched().get(0).startsWith("-")) {
            return fallback.handleParseException(ex, args);
        }
        String typed = unmatched.getUnmatched().get(0);
        PrintWriter err = cmd.getErr();
        List<String> close = closest(typed, new ArrayList<>(cmd.getSubcommands().keySet()));
        err.println(cmd.getCommandName() + ": unknown command '" + typed + "'"
                + (close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close) + "?"));
        err.println("Commands: " + String.join(", ", cmd.getSubcommands().keySet())
                + ". Run '" + cmd.getCommandName() + " --help' for what each does.");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    /** The names fewest edits from {@code typed}, if within {@link #MAX_EDITS}; several on a tie. */
    static List<String> closest(String typed, List<String> names) {
        LevenshteinDistance distance = new LevenshteinDistance(MAX_EDITS);
        int best = Integer.MAX_VALUE;
        List<String> out = new ArrayList<>();
        for (String name : names) {
            int d = distance.apply(typed, name);
            if (d < 0) {
                continue; // more than MAX_EDITS away
            }
            if (d < best) {
                best = d;
                out.clear();
            }
            if (d == best) {
                out.add(name);
            }
        }
        return out;
    }
}
