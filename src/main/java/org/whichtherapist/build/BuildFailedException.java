package org.whichtherapist.build;

import java.util.List;
import java.util.stream.Collectors;

/** The build stopped; every problem found is listed so the owner can fix them in one go. */
public class BuildFailedException extends Exception {
    private final List<Problem> problems;

    public BuildFailedException(List<Problem> problems) {
        super(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public BuildFailedException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
