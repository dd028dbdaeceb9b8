package io.storytrace.batch;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Draws a one-line progress bar on a terminal: sources done as the bar, then items read, their rate
 * and the failures so far. It redraws at most a few times a second so that drawing never slows the
 * batch, and clears its line when done.
 */
public final class TerminalProgress implements Progress {

    private static final int WIDTH = 24;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter out;
    private final long start = System.nanoTime();
    private long lastDraw;
    private int sourcesDone;
    private int sources = 1;
    private long items;
    private long failures;
    private String current = "";

    public TerminalProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void source(String name, int index, int total) {
        sourcesDone = index;
        sources = Math.max(1, total);
        current = name;
        draw(true);
    }

    @Override
    public void item(boolean ok) {
        items++;
        if (!ok) {
            failures++;
        }
        draw(false);
    }

    @Override
    public void done() {
        out.print("\r" + " ".repeat(WIDTH + 80) + "\r");
        out.flush();
    }

    private void draw(boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        int filled = (int) Math.round((double) WIDTH * sourcesDone / sources);
        double seconds = Math.max(1e-3, (now - start) / 1e9);
        String name =
                current.length() > 30 ? "…" + current.substring(current.length() - 29) : current;
        out.print(
                String.format(
                        Locale.ROOT,
                        "\r[%s%s] %d items  %.1f/s  %d failed  %s",
                        "#".repeat(filled),
                        ".".repeat(WIDTH - filled),
                        items,
                        items / seconds,
                        failures,
                        name));
        out.flush();
    }
}
