package dev.occam.cli;

import dev.occam.check.Progress;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A progress bar on the terminal over all specs of a run, each spec weighing the same. Only for
 * terminals: the library writes carriage-return updates even into pipes.
 */
final class ProgressDisplay implements Progress, AutoCloseable {
    private static final long UNITS_PER_SPEC = 1000;
    private final PrintStream terminal;
    private final ProgressBar bar;
    private final Map<String, Double> done = new ConcurrentHashMap<>();

    ProgressDisplay(PrintStream terminal, int specs) {
        this.terminal = terminal;
        this.bar =
                new ProgressBarBuilder()
                        .setTaskName("checking")
                        .setInitialMax(specs * UNITS_PER_SPEC)
                        .setStyle(ProgressBarStyle.ASCII)
                        .setUpdateIntervalMillis(250)
                        .hideEta()
                        .clearDisplayOnFinish()
                        .setConsumer(new ConsoleProgressBarConsumer(terminal))
                        .build();
    }

    @Override
    public void update(String specId, int point, int points, double fraction) {
        done.put(specId, (point + Math.max(0, Math.min(1, fraction))) / Math.max(1, points));
        show(specId);
    }

    void finished(String specId) {
        done.put(specId, 1.0);
        show(specId);
    }

    /**
     * Erases the bar's line so a result line can take its place; the bar redraws below on its next
     * tick.
     */
    void clearLine() {
        terminal.print("\r\u001b[2K");
        terminal.flush();
    }

    private synchronized void show(String specId) {
        double total = done.values().stream().mapToDouble(Double::doubleValue).sum();
        bar.stepTo(Math.round(total * UNITS_PER_SPEC));
        bar.setExtraMessage(specId);
    }

    @Override
    public void close() {
        bar.close();
    }
}
