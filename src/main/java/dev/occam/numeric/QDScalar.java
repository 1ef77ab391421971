package dev.occam.numeric;

import java.math.BigDecimal;

/** One quad-double (four components, see {@link QD}); every operation allocates its result. */
final class QDScalar implements Scalar {
    final double[] v;

    QDScalar(double[] v) {
        this.v = v;
    }

    static QDScalar of(double x) {
        double[] v = new double[4];
        QD.set(v, 0, x);
        return new QDScalar(v);
    }

    static double[] cast(Scalar s) {
        if (s instanceof QDScalar q) {
            return q.v;
        }
        throw Matrices.tierMismatch(QDTier.INSTANCE, s);
    }

    private static double[] scratch() {
        return new double[QDMath.SCRATCH];
    }

    @Override
    public Tier tier() {
        return QDTier.INSTANCE;
    }

    @Override
    public double doubleValue() {
        return v[0];
    }

    @Override
    public BigDecimal decimal() {
        return QD.decimal(v, 0);
    }

    @Override
    public Scalar add(Scalar o) {
        double[] r = new double[4];
        QD.add(v, 0, cast(o), 0, false, r, 0, scratch());
        return new QDScalar(r);
    }

    @Override
    public Scalar subtract(Scalar o) {
        double[] r = new double[4];
        QD.add(v, 0, cast(o), 0, true, r, 0, scratch());
        return new QDScalar(r);
    }

    @Override
    public Scalar multiply(Scalar o) {
        double[] r = new double[4];
        QD.mul(v, 0, cast(o), 0, r, 0);
        return new QDScalar(r);
    }

    @Override
    public Scalar divide(Scalar o) {
        double[] r = new double[4];
        QD.div(v, 0, cast(o), 0, r, 0, scratch());
        return new QDScalar(r);
    }

    @Override
    public Scalar multiply(double o) {
        double[] r = new double[4];
        QD.mul(v, 0, o, r, 0);
        return new QDScalar(r);
    }

    @Override
    public Scalar negate() {
        double[] r = new double[4];
        QD.negate(v, 0, r, 0);
        return new QDScalar(r);
    }

    @Override
    public Scalar sqrt() {
        double[] r = new double[4];
        QD.sqrt(v, 0, r, 0, scratch());
        return new QDScalar(r);
    }

    @Override
    public Scalar exp() {
        double[] r = new double[4];
        QDMath.exp(v, 0, r, 0, scratch());
        return new QDScalar(r);
    }

    @Override
    public Scalar log() {
        double[] r = new double[4];
        QDMath.log(v, 0, r, 0, scratch());
        return new QDScalar(r);
    }

    @Override
    public Scalar pow(double p) {
        return pow(of(p));
    }

    @Override
    public Scalar pow(Scalar p) {
        double[] r = new double[4];
        QDMath.pow(v, 0, cast(p), 0, r, 0, scratch());
        return new QDScalar(r);
    }

    @Override
    public int signum() {
        return (int) Math.signum(v[0]);
    }

    @Override
    public String toString() {
        double h = v[0];
        return Double.isFinite(h)
                ? decimal().round(new java.math.MathContext(QDTier.DIGITS)).toString()
                : Double.toString(h);
    }
}
