package org.whichtherapist.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects problems and warnings across a whole build stage, so all of them are reported at once. */
public final class Problems {
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    public void error(Problem problem) {
        errors.add(problem);
    }

    public void error(String file, int line, String message, String fix) {
        errors.add(Problem.at(file, line, message, fix));
    }

    public void warn(String file, int line, String message, String fix) {
        warnings.add(Problem.at(file, line, message, fix));
    }

    public void addAll(Problems other) {
        errors.addAll(other.errors);
        warnings.addAll(other.warnings);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<Problem> errors() {
        return sorted(errors);
    }

    public List<Problem> warnings() {
        return sorted(warnings);
    }

    /** Stops the build when any error was collected. */
    public void throwIfAny() throws BuildFailedException {
        if (hasErrors()) {
            throw new BuildFailedException(errors(), warnings());
        }
    }

    private static List<Problem> sorted(List<Problem> list) {
        return list.stream().sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)).toList();
    }
}
