package dev.occam.testkit;

import dev.occam.result.SpecResult;

import org.assertj.core.api.SoftAssertions;

/**
 * Soft assertions: collect every failed assertion (each already listing all its broken claims) and
 * report them together at {@link #assertAll()}; mixes with AssertJ's own soft assertions.
 *
 * <pre>{@code
 * OccamSoftAssertions softly = new OccamSoftAssertions();
 * softly.assertThat(mirror).holds();
 * softly.assertThat(steepest).hasRate("distance");
 * softly.assertAll();
 * }</pre>
 */
public class OccamSoftAssertions extends SoftAssertions {
    public SpecResultAssert assertThat(SpecResult actual) {
        return proxy(SpecResultAssert.class, SpecResult.class, actual);
    }
}
