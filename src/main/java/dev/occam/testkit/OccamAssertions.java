package dev.occam.testkit;

import dev.occam.result.SpecResult;

/** AssertJ entry point: {@code import static dev.occam.testkit.OccamAssertions.assertThat;}. */
public final class OccamAssertions {
    private OccamAssertions() {}

    public static SpecResultAssert assertThat(SpecResult actual) {
        return new SpecResultAssert(actual);
    }
}
