package dev.occam.plan.kind;

import dev.occam.prediction.BregmanProjection;
import dev.occam.prediction.Predictor;
import dev.occam.spec.Section;

import java.util.List;

/** {@code bregman-projection}: argmin D_psi(w, w0) subject to X w = y. */
final class BregmanProjectionKind implements Kind<Predictor> {
    @Override
    public String name() {
        return "bregman-projection";
    }

    @Override
    public String summary() {
        return "argmin { D_psi(w, w0) : X w = y } on least squares, by damped Newton on the dual in high precision.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required(
                        "potential",
                        ValueType.POTENTIAL,
                        "the potential psi, as for mirror descent"));
    }

    @Override
    public Predictor build(Section s, PointContext b) {
        return new BregmanProjection(CommonKeys.potential(s, "potential", b));
    }
}
