package dev.occam.numeric;

/** Temporary: replaced by the numeric branch. */
public final class LogSpacedSchedule {
    public boolean record(long t) {
        if (t < 10) return true;
        double decade = Math.floor(Math.log10(t));
        long step = Math.max(1, (long) (Math.pow(10, decade) / 20));
        return t % step == 0;
    }
}
