package io.storytrace.quote;

import io.storytrace.text.Span;
import java.util.Objects;

/**
 * A statement reported in the reporter's words rather than quoted: "Connor mentioned that having a
 * strong rapport … facilitated the work". Kept apart from {@link Quote} because its wording is not
 * the speaker's; later stages compare it with the original.
 *
 * @param text the reported content as written, without the frame ("having a strong rapport …")
 * @param span where the reported content lies
 * @param sentence the whole sentence that reports it
 * @param speaker the speaker's name in its fullest form in the article, or {@code null}
 * @param cue the reporting verb as written ("mentioned")
 * @param outlet the outlet the statement was made to, or {@code null}
 */
public record ReportedSpeech(
        String text, Span span, Span sentence, String speaker, String cue, String outlet) {

    public ReportedSpeech {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(cue, "cue");
        if (!sentence.contains(span)) {
            throw new IllegalArgumentException(span + " lies outside its sentence " + sentence);
        }
    }
}
