package org.whichtherapist.ledger;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * One result per object of a build, by the object's name (a file's path), found again when the object is not the
 * one it was found for or was found with other {@code given}. The preview gets the same object back for an
 * unchanged file, so an unchanged page is not looked at again; asking is one lookup, not a hash of the object.
 * A result is kept until its name is asked for with another object: one per name ever asked for.
 *
 * @param <T> what a result is found for
 * @param <G> what else it is found with
 * @param <R> the result
 */
public final class PerObject<T, G, R> {
    private record Found<T, G, R>(T object, G given, R result) {
    }

    private final Map<String, Found<T, G, R>> found = new ConcurrentHashMap<>();

    public R of(String name, T object, G given, BiFunction<T, G, R> find) {
        Found<T, G, R> known = found.get(name);
        if (known == null || known.object() != object || !known.given().equals(given)) {
            known = new Found<>(object, given, find.apply(object, given));
            found.put(name, known);
        }
        return known.result();
    }
}
