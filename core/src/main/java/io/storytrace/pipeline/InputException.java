package io.storytrace.pipeline;

/**
 * Thrown by a stage when an input cannot be used: the message names the input and the reason, so
 * that it can be shown to a user as it is.
 */
public final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String input;
    private final String reason;

    public InputException(String input, String reason) {
        super(input + ": " + reason);
        this.input = input;
        this.reason = reason;
    }

    public InputException(String input, String reason, Throwable cause) {
        super(input + ": " + reason, cause);
        this.input = input;
        this.reason = reason;
    }

    /** The input that could not be used. */
    public String input() {
        return input;
    }

    /** Why it could not be used. */
    public String reason() {
        return reason;
    }
}
