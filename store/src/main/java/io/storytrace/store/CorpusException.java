package io.storytrace.store;

/** The corpus could not be read or written; the message names the data directory and the cause. */
public final class CorpusException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
