package dev.occam.plan.kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.occam.spec.Section;
import dev.occam.spec.Spec;
import dev.occam.spec.SpecError;
import dev.occam.spec.SpecLoader;

import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * A registry builds a section's kind and refuses a builder that reads more than its kind declares.
 */
class RegistryTest {
    private static final String SPEC =
            """
            id: t
            title: t
            expect: holds
            problem: {kind: probe, declared: 1, undeclared: 2}
            algorithm: {kind: gradient-descent, step: 0.1}
            prediction: {kind: min-distance-interpolant}
            claims: [{kind: converges}]
            """;

    /** Reads "declared", and "undeclared" too when told to. */
    private record Probe(boolean readsUndeclared) implements Kind<String> {
        @Override
        public String name() {
            return "probe";
        }

        @Override
        public String summary() {
            return "a test kind";
        }

        @Override
        public List<Key> keys() {
            return List.of(Key.required("declared", ValueType.NUMBER, "a key"));
        }

        @Override
        public String build(Section s, PointContext context) {
            String out = s.number("declared").text();
            if (readsUndeclared)
                out += s.optionalNumber("undeclared").map(v -> v.text()).orElse("");
            return out;
        }
    }

    private static Section problem() {
        Spec spec =
                new SpecLoader(
                                text -> {
                                    throw new IllegalArgumentException("no formulas here");
                                })
                        .load(null, SPEC);
        return spec.points().get(0).problem();
    }

    private static PointContext context() {
        return new PointContext(null);
    }

    @Test
    void aKeyTheSpecHasButNobodyReadsIsTheSpecsError() {
        Registry<String> registry = new Registry<>("problem", new Probe(false));
        assertThatThrownBy(() -> registry.build(problem(), context()))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining("unknown key 'undeclared'");
    }

    @Test
    void aKeyReadButNotDeclaredIsOccamsBug() {
        Registry<String> registry = new Registry<>("problem", new Probe(true));
        assertThatThrownBy(() -> registry.build(problem(), context()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(
                        "problem kind probe reads key 'undeclared' but does not declare it");
    }

    @Test
    void aNameIsRegisteredOnce() {
        Registry<String> registry = new Registry<>("problem", new Probe(false));
        assertThat(registry.names()).containsExactly("probe");
        assertThatThrownBy(() -> new Registry<>("problem", new Probe(false), new Probe(true)))
                .hasMessageContaining("registered twice");
    }

    @Test
    void everyRegisteredKindDeclaresDistinctKeysWithDocumentation() {
        for (Registry<?> r :
                List.of(Kinds.PROBLEMS, Kinds.ALGORITHMS, Kinds.PREDICTIONS, Kinds.CLAIMS)) {
            for (Kind<?> k : r.kinds()) {
                assertThat(k.summary()).as(k.name()).isNotBlank();
                assertThat(k.keys().stream().map(Key::name).distinct().count())
                        .as(k.name())
                        .isEqualTo(k.keys().size());
                for (Key key : k.keys()) {
                    assertThat(key.doc()).as(k.name() + "." + key.name()).isNotBlank();
                    assertThat(key.name()).as(k.name()).isNotEqualTo("kind");
                }
            }
        }
    }
}
