package dev.occam.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Mutations of the shape of a spec: keys deleted, duplicated, renamed; kinds swapped; types
 * changed; dimensions broken.
 */
final class StructureMutations {
    private static final List<String> ODD_KEYS =
            List.of(
                    "",
                    " ",
                    "kind ",
                    "Kind",
                    "KIND",
                    "ключ",
                    "a: b",
                    "123",
                    "true",
                    "null",
                    "<<",
                    "-",
                    "x".repeat(300),
                    "step\u0000",
                    "claims[0]",
                    "__proto__",
                    "~");

    private final Vocabulary words;

    StructureMutations(Vocabulary words) {
        this.words = words;
    }

    Map<String, Mutation> all() {
        return Map.of(
                "delete-key", this::deleteKey,
                "duplicate-key", this::duplicateKey,
                "rename-key", this::renameKey,
                "swap-kind", this::swapKind,
                "change-type", this::changeType,
                "wrong-dimension", this::wrongDimension,
                "claims", this::claims,
                "deep-nesting", this::deepNesting);
    }

    private String deleteKey(Yaml.Map root, Random r) {
        Slot s = Mutation.slot(root, r, x -> x.entry != null);
        if (s == null) return null;
        s.map.entries().remove(s.entry);
        return "delete " + s.path;
    }

    private String duplicateKey(Yaml.Map root, Random r) {
        Slot s = Mutation.slot(root, r, x -> x.entry != null);
        if (s == null) return null;
        Yaml value = r.nextBoolean() ? s.entry.value.copy() : Values.anyScalar(r);
        s.map.entries()
                .add(s.map.entries().indexOf(s.entry) + 1, new Yaml.Entry(s.entry.key, value));
        return "duplicate " + s.path;
    }

    private String renameKey(Yaml.Map root, Random r) {
        Slot s = Mutation.slot(root, r, x -> x.entry != null);
        if (s == null) return null;
        String old = s.entry.key;
        s.entry.key =
                switch (r.nextInt(3)) {
                    case 0 -> Mutation.pick(r, words.keys());
                    case 1 -> typo(old, r);
                    default -> Mutation.pick(r, ODD_KEYS);
                };
        return "rename " + s.path + " to '" + shorten(s.entry.key) + "'";
    }

    private static String typo(String key, Random r) {
        if (key.isEmpty()) return "x";
        int i = r.nextInt(key.length());
        return switch (r.nextInt(4)) {
            case 0 -> key.substring(0, i) + key.substring(i + 1);
            case 1 -> key.substring(0, i) + (char) ('a' + r.nextInt(26)) + key.substring(i);
            case 2 -> key.toUpperCase(Locale.ROOT);
            default -> key.replace('-', '_');
        };
    }

    private String swapKind(Yaml.Map root, Random r) {
        Slot s = Mutation.slot(root, r, x -> "kind".equals(x.key()));
        if (s == null) return null;
        String section =
                s.path.startsWith("claims")
                        ? "claim"
                        : s.path.substring(0, Math.max(0, s.path.indexOf('.')));
        List<String> same = words.kinds().getOrDefault(section, words.allKinds());
        String kind =
                switch (r.nextInt(10)) {
                    case 0, 1 -> Mutation.pick(r, words.allKinds());
                    case 2 ->
                            Mutation.pick(
                                    r,
                                    "none",
                                    "quadratic",
                                    "sgd",
                                    "kkt",
                                    "Gradient-Descent",
                                    "",
                                    "gradient descent");
                    default -> Mutation.pick(r, same);
                };
        s.set(Yaml.Scalar.plain(kind));
        return "kind " + s.path + " = " + kind;
    }

    private String changeType(Yaml.Map root, Random r) {
        Slot s = Mutation.slot(root, r, x -> true);
        if (s == null) return null;
        Yaml old = s.get();
        Yaml replacement;
        if (old instanceof Yaml.Scalar sc) {
            replacement =
                    switch (r.nextInt(7)) {
                        case 0 -> new Yaml.Scalar(sc.text(), !sc.quoted());
                        case 1 -> new Yaml.Seq(new ArrayList<>(List.of(sc)));
                        case 2 ->
                                new Yaml.Map(
                                        new ArrayList<>(
                                                List.of(
                                                        new Yaml.Entry(
                                                                sc.text().isEmpty()
                                                                        ? "x"
                                                                        : sc.text(),
                                                                sc))));
                        case 3 -> Yaml.Scalar.plain("null");
                        case 4 -> Yaml.Scalar.plain(r.nextBoolean() ? "true" : "false");
                        case 5 -> new Yaml.Seq(new ArrayList<>());
                        default -> Values.anyScalar(r);
                    };
        } else if (old instanceof Yaml.Seq seq) {
            replacement =
                    switch (r.nextInt(4)) {
                        case 0 ->
                                seq.items().isEmpty()
                                        ? Yaml.Scalar.plain("1")
                                        : seq.items().get(0).copy();
                        case 1 -> Yaml.Scalar.quoted("zeros");
                        case 2 -> new Yaml.Map(new ArrayList<>());
                        default -> toMap(seq);
                    };
        } else {
            Yaml.Map m = (Yaml.Map) old;
            replacement =
                    switch (r.nextInt(3)) {
                        case 0 ->
                                new Yaml.Seq(
                                        new ArrayList<>(
                                                m.entries().stream().map(e -> e.value).toList()));
                        case 1 -> Yaml.Scalar.quoted(Emitter.flow(m));
                        default -> new Yaml.Map(new ArrayList<>());
                    };
        }
        s.set(replacement);
        return "retype " + s.path;
    }

    private static Yaml.Map toMap(Yaml.Seq seq) {
        List<Yaml.Entry> entries = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++)
            entries.add(new Yaml.Entry(Integer.toString(i), seq.items().get(i)));
        return new Yaml.Map(entries);
    }

    /**
     * Lists lose or gain an entry; a matrix loses or gains a row, or one row changes length; a
     * generated shape changes.
     */
    private String wrongDimension(Yaml.Map root, Random r) {
        Slot s =
                Mutation.slot(root, r, x -> x.get() instanceof Yaml.Seq || "shape".equals(x.key()));
        if (s == null) return null;
        if (!(s.get() instanceof Yaml.Seq seq)) {
            s.set(Values.shape(r));
            return "shape " + s.path;
        }
        List<Yaml> items = seq.items();
        if (!items.isEmpty() && items.get(0) instanceof Yaml.Seq row && r.nextBoolean()) {
            Yaml.Seq target =
                    (Yaml.Seq)
                            Mutation.pick(
                                    r, items.stream().filter(i -> i instanceof Yaml.Seq).toList());
            resize(target, r);
            return "row length " + s.path + " " + target.items().size();
        }
        if (!"shape".equals(s.key()) || r.nextBoolean()) {
            resize(seq, r);
            return "length " + s.path + " " + seq.items().size();
        }
        s.set(Values.shape(r));
        return "shape " + s.path;
    }

    private static void resize(Yaml.Seq seq, Random r) {
        List<Yaml> items = seq.items();
        switch (items.isEmpty() ? 1 : r.nextInt(4)) {
            case 0 -> items.remove(r.nextInt(items.size()));
            case 1 ->
                    items.add(
                            items.isEmpty()
                                    ? Yaml.Scalar.plain("1")
                                    : items.get(r.nextInt(items.size())).copy());
            case 2 -> items.clear();
            default -> {
                Yaml extra = items.get(r.nextInt(items.size()));
                for (int i = r.nextInt(40); i >= 0; i--) items.add(extra.copy());
            }
        }
    }

    private String claims(Yaml.Map root, Random r) {
        if (!(root.get("claims").orElse(null) instanceof Yaml.Seq claims)) return null;
        List<Yaml> items = claims.items();
        switch (r.nextInt(5)) {
            case 0 -> {
                if (items.isEmpty()) return null;
                items.add(items.get(r.nextInt(items.size())).copy());
                return "claims: duplicate one";
            }
            case 1 -> {
                if (items.isEmpty()) return null;
                items.remove(r.nextInt(items.size()));
                return "claims: drop one";
            }
            case 2 -> {
                String kind = Mutation.pick(r, words.kinds().get("claim"));
                List<Yaml.Entry> e =
                        new ArrayList<>(List.of(new Yaml.Entry("kind", Yaml.Scalar.plain(kind))));
                if (r.nextBoolean()) e.add(new Yaml.Entry("tolerance", Values.anyNumber(r)));
                if (r.nextBoolean())
                    e.add(
                            new Yaml.Entry(
                                    "quantity",
                                    Yaml.Scalar.plain(
                                            Mutation.pick(
                                                    r,
                                                    "distance",
                                                    "loss",
                                                    "norm",
                                                    "margin",
                                                    "direction-gap",
                                                    "offset-residual",
                                                    "w_hat",
                                                    "angle"))));
                if (r.nextBoolean())
                    e.add(new Yaml.Entry("law", Yaml.Scalar.quoted(Formulas.law(r))));
                if (r.nextInt(4) == 0)
                    e.add(
                            new Yaml.Entry(
                                    "direction",
                                    Yaml.Scalar.plain(
                                            Mutation.pick(
                                                    r, "nonincreasing", "nondecreasing", "up"))));
                items.add(new Yaml.Map(e));
                return "claims: add " + kind;
            }
            case 3 -> {
                Yaml one = items.isEmpty() ? Yaml.Scalar.plain("converges") : items.get(0);
                for (int i = 0; i < 300; i++) items.add(one.copy());
                return "claims: 300 more";
            }
            default -> {
                Collections.shuffle(items, r);
                return "claims: shuffled";
            }
        }
    }

    /** Nesting around YamlTree's limit of 64 levels, and far beyond. */
    private String deepNesting(Yaml.Map root, Random r) {
        Slot s = Mutation.slot(root, r, x -> true);
        if (s == null) return null;
        int depth = Mutation.pick(r, 10, 62, 63, 64, 65, 200, 2000);
        Yaml v = Yaml.Scalar.plain("1");
        boolean lists = r.nextBoolean();
        for (int i = 0; i < depth; i++) {
            v =
                    lists
                            ? new Yaml.Seq(new ArrayList<>(List.of(v)))
                            : new Yaml.Map(new ArrayList<>(List.of(new Yaml.Entry("a", v))));
        }
        s.set(v);
        return "nest " + s.path + " " + depth + (lists ? " lists" : " mappings");
    }

    static String shorten(String s) {
        return s.length() <= 30 ? s : s.substring(0, 27) + "...";
    }
}
