package dev.occam.fuzz;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A place in a {@link Yaml} tree that holds a value (an entry of a mapping or an item of a list),
 * with its dotted path.
 */
final class Slot {
    final Yaml.Map map;
    final Yaml.Entry entry;
    final Yaml.Seq seq;
    final int index;
    final String path;

    private Slot(Yaml.Map map, Yaml.Entry entry, Yaml.Seq seq, int index, String path) {
        this.map = map;
        this.entry = entry;
        this.seq = seq;
        this.index = index;
        this.path = path;
    }

    Yaml get() {
        return entry != null ? entry.value : seq.items().get(index);
    }

    void set(Yaml value) {
        if (entry != null) entry.value = value;
        else seq.items().set(index, value);
    }

    /** The key of the entry, or null for a list item. */
    String key() {
        return entry == null ? null : entry.key;
    }

    /** True for an entry whose key is one of {@code keys}. */
    boolean keyIn(Collection<String> keys) {
        return entry != null && keys.contains(entry.key);
    }

    /** Every slot under {@code root}, parents before children. */
    static List<Slot> all(Yaml root) {
        List<Slot> slots = new ArrayList<>();
        collect(root, "", slots);
        return slots;
    }

    private static void collect(Yaml node, String path, List<Slot> slots) {
        if (node instanceof Yaml.Map m) {
            for (Yaml.Entry e : m.entries()) {
                String p = path.isEmpty() ? e.key : path + "." + e.key;
                slots.add(new Slot(m, e, null, -1, p));
                collect(e.value, p, slots);
            }
        } else if (node instanceof Yaml.Seq s) {
            for (int i = 0; i < s.items().size(); i++) {
                String p = path + "[" + i + "]";
                slots.add(new Slot(null, null, s, i, p));
                collect(s.items().get(i), p, slots);
            }
        }
    }
}
