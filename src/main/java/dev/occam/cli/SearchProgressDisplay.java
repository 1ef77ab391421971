package dev.occam.cli;

import dev.occam.search.Search;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;

/** The search's progress bar: candidates checked, what they came to, the best gap, time left. */
final class SearchProgressDisplay implements Search.Listener, AutoCloseable {
    private final ProgressBar bar;

    SearchProgressDisplay(PrintStream terminal) {
        this.bar =
                new ProgressBarBuilder()
                        .setTaskName("searching")
                        .setInitialMax(1)
                        .setStyle(ProgressBarStyle.ASCII)
                        .setUpdateIntervalMillis(250)
                        .hideEta()
                        .clearDisplayOnFinish()
                        .setConsumer(new ConsoleProgressBarConsumer(terminal))
                        .build();
    }

    @Override
    public synchronized void update(Search.Status s) {
        bar.maxHint(Math.max(s.budget(), s.tried()));
        bar.stepTo(s.tried());
        bar.setExtraMessage(SearchSummaryText.status(s));
    }

    @Override
    public void close() {
        bar.close();
    }
}
