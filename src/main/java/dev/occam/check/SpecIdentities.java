package dev.occam.check;

import dev.occam.result.DataSource;
import dev.occam.result.SpecIdentity;
import dev.occam.spec.Spec;

/** A spec's identity as its results carry it. */
public final class SpecIdentities {
    private SpecIdentities() {}

    public static SpecIdentity of(Spec spec) {
        return new SpecIdentity(
                spec.id(),
                spec.file() == null ? null : spec.file().toString(),
                spec.title(),
                spec.source(),
                spec.statement(),
                spec.expect().word(),
                spec.problemKind(),
                spec.data().stream()
                        .map(
                                d ->
                                        new DataSource(
                                                d.path(),
                                                d.key(),
                                                d.sha256(),
                                                d.dtype(),
                                                d.shape()))
                        .toList());
    }
}
