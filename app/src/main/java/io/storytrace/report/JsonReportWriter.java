package io.storytrace.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;

/**
 * Writes a {@link TraceReport} as indented JSON in the documented layout: components in declaration
 * order, absent values as {@code null}, no wall-clock times, so equal inputs give byte-equal
 * output.
 */
public final class JsonReportWriter {

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(TraceReport report) {
        try {
            return json.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
