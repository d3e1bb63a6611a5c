package org.hyperlora.app;

import java.io.PrintStream;
import java.util.Locale;

import org.hyperlora.runner.RunListener;

/**
 * A run's progress on the terminal: a bar redrawn in place when the output is a terminal, plain lines (at most one
 * per 10 % of a stage) otherwise, e.g. in logs and CI.
 */
final class ProgressPrinter implements RunListener {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private long lastDraw;
    private int lastDecile = -1;
    private String lastStage = "";
    private boolean barShown;

    ProgressPrinter(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Whether standard output is an interactive terminal. */
    static boolean isTerminal() {
        return System.console() != null;
    }

    @Override
    public synchronized void onStage(int stage, int stages, String name, String description) {
        endBar();
        out.printf(Locale.ROOT, "[%d/%d] %s: %s%n", stage, stages, name, description);
        lastDecile = -1;
    }

    @Override
    public synchronized void onProgress(String stage, int done, int total, double loss, double secondsRemaining) {
        if (total <= 0) {
            return;
        }
        double fraction = Math.min(1, (double) done / total);
        String remaining = Double.isFinite(secondsRemaining) ? String.format(Locale.ROOT, ", ~%.0f s left",
                secondsRemaining) : "";
        String lossText = Double.isFinite(loss) ? String.format(Locale.ROOT, ", loss %.3e", loss) : "";
        if (terminal) {
            long now = System.nanoTime();
            if (now - lastDraw < 100_000_000L && done < total) {
                return;
            }
            lastDraw = now;
            int filled = (int) Math.round(fraction * WIDTH);
            out.printf(Locale.ROOT, "\r  %-22s [%s%s] %3.0f%%%s%s   ", stage, "#".repeat(filled),
                    ".".repeat(WIDTH - filled), 100 * fraction, lossText, remaining);
            out.flush();
            barShown = true;
        } else {
            int decile = (int) (fraction * 10);
            if (!stage.equals(lastStage)) {
                lastStage = stage;
                lastDecile = -1;
            }
            if (decile > lastDecile) {
                lastDecile = decile;
                out.printf(Locale.ROOT, "  %s %d/%d (%.0f%%)%s%s%n", stage, done, total, 100 * fraction, lossText,
                        remaining);
            }
        }
    }

    @Override
    public synchronized void onMessage(String message) {
        endBar();
        out.println("  " + message);
    }

    private void endBar() {
        if (barShown) {
            out.println();
            barShown = false;
        }
    }
}
