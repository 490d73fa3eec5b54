package org.whichtherapist.core;

import java.util.List;
import java.util.stream.Collectors;

/** The build stopped; every problem found is listed so the owner can fix them in one go. */
public class BuildFailedException extends Exception {
    private final List<Problem> problems;
    private final List<Problem> warnings;

    public BuildFailedException(List<Problem> problems) {
        this(problems, List.of());
    }

    public BuildFailedException(List<Problem> problems, List<Problem> warnings) {
        super(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
        this.warnings = List.copyOf(warnings);
    }

    public BuildFailedException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Warnings found before the build stopped; they often explain an error ("did you mean ..."). */
    public List<Problem> warnings() {
        return warnings;
    }
}
