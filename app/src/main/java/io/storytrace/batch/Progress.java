package io.storytrace.batch;

/** Hears how a batch is going; the terminal shows it as a progress bar. */
public interface Progress {

    /** A source is about to be read; {@code index} counts from 0 of {@code total}. */
    void source(String name, int index, int total);

    /** One more document was read: {@code ok} or failed. */
    void item(boolean ok);

    /** The batch is over. */
    void done();

    /** Hears nothing. */
    Progress NONE =
            new Progress() {
                @Override
                public void source(String name, int index, int total) {}

                @Override
                public void item(boolean ok) {}

                @Override
                public void done() {}
            };
}
