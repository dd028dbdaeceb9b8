package io.storytrace.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class CappedBodySubscriberTest {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Flow.Subscription subscription =
            new Flow.Subscription() {
                @Override
                public void request(long n) {}

                @Override
                public void cancel() {
                    cancelled.set(true);
                }
            };

    @Test
    void refusesAnAnnouncedSizeOverTheCapBeforeReadingAnything() {
        CappedBodySubscriber body = new CappedBodySubscriber(1024, 200L * 1024 * 1024);

        body.onSubscribe(subscription);

        assertThat(cancelled).isTrue();
        assertThat(body.getBody().toCompletableFuture())
                .failsWithin(java.time.Duration.ZERO)
                .withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(CappedBodySubscriber.TooLarge.class);
    }

    @Test
    void stopsAtTheCapWhenTheSizeWasNotAnnounced() {
        CappedBodySubscriber body = new CappedBodySubscriber(1024, -1);
        body.onSubscribe(subscription);

        body.onNext(List.of(ByteBuffer.allocate(1000)));
        assertThat(cancelled).isFalse();
        body.onNext(List.of(ByteBuffer.allocate(1000)));

        assertThat(cancelled).isTrue();
        assertThat(body.getBody().toCompletableFuture()).isCompletedExceptionally();
    }

    @Test
    void collectsABodyUnderTheCap() throws Exception {
        CappedBodySubscriber body = new CappedBodySubscriber(1024, 3);
        body.onSubscribe(subscription);
        body.onNext(List.of(ByteBuffer.wrap(new byte[] {1, 2, 3})));
        body.onComplete();

        assertThat(body.getBody().toCompletableFuture().get()).containsExactly(1, 2, 3);
    }
}
