package io.storytrace.pipeline;

import java.util.Objects;
import java.util.function.Function;

/**
 * The result of one item of batch work: a value, or the reason the item failed. A failure is a
 * value so that one bad document never stops a run.
 *
 * @param <T> the type of a successful result
 */
public sealed interface Outcome<T> {

    /** The input this outcome is about, as named in messages. */
    String input();

    /** A successful result. */
    record Ok<T>(String input, T value) implements Outcome<T> {
        public Ok {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A failure, with a reason a user can act on. */
    record Failed<T>(String input, String reason) implements Outcome<T> {
        public Failed {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Applies {@code step} to a successful value; a failure passes through unchanged. */
    default <R> Outcome<R> map(Function<? super T, ? extends R> step) {
        return switch (this) {
            case Ok<T> ok -> new Ok<>(ok.input(), step.apply(ok.value()));
            case Failed<T> failed -> new Failed<>(failed.input(), failed.reason());
        };
    }

    /** Applies a further step that may itself fail; a failure passes through unchanged. */
    default <R> Outcome<R> flatMap(Function<? super T, Outcome<R>> step) {
        return switch (this) {
            case Ok<T> ok -> step.apply(ok.value());
            case Failed<T> failed -> new Failed<>(failed.input(), failed.reason());
        };
    }
}
