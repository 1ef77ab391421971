package dev.occam.spec;

import dev.occam.numeric.Value;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link MappingSection} named "algorithm" from YAML text, recording what reaches the
 * numbers function.
 */
final class SectionTestSupport {

    static final Path FILE = Path.of("t.yaml");

    final List<String> symbolic = new ArrayList<>();

    MappingSection section(String yaml) {
        NumberParser numbers =
                new NumberParser(
                        text -> {
                            symbolic.add(text);
                            if (text.equals("Sqrt(2)")) {
                                return Value.irrational(
                                        new BigDecimal(
                                                "1.4142135623730950488016887242096980785696718753769"),
                                        text);
                            }
                            throw new IllegalArgumentException(
                                    "cannot read '" + text + "' as a number");
                        });
        YamlNode.Mapping mapping = (YamlNode.Mapping) YamlTree.parse(FILE, yaml);
        return new MappingSection(new SpecContext(FILE, numbers), "algorithm", mapping);
    }
}
