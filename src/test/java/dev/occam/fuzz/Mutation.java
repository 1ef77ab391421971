package dev.occam.fuzz;

import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * One seeded change to a spec tree; returns what it did (for the report), or null when it found
 * nothing to change.
 */
@FunctionalInterface
interface Mutation {
    String apply(Yaml.Map root, Random random);

    static <T> T pick(Random r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    @SafeVarargs
    static <T> T pick(Random r, T... items) {
        return items[r.nextInt(items.length)];
    }

    /** A random slot satisfying the filter, or null. */
    static Slot slot(Yaml.Map root, Random r, Predicate<Slot> filter) {
        List<Slot> slots = Slot.all(root).stream().filter(filter).toList();
        return slots.isEmpty() ? null : pick(r, slots);
    }
}
