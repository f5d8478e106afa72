package io.deplite.sdk.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.deplite.sdk.core.UnionDeserializer;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One event of the agent stream; the SSE event name says which.
 *
 * <p>One of: {@link JobAssignment}, {@link RefreshEvent}, {@link PingEvent}, {@link AgentEvent.Unknown}. Tell them apart with
 * {@code instanceof}; a value no variant fits decodes as {@link Unknown}.
 */
@JsonDeserialize(using = AgentEvent.Decoder.class)
public interface AgentEvent {

    /** A value no variant fits, kept as decoded JSON (maps, lists, strings, numbers, booleans). */
    @JsonDeserialize
    final class Unknown implements AgentEvent {
        private final Object value;

        /**
         * Wraps a value.
         *
         * @param value the value
         */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public Unknown(Object value) {
            this.value = value;
        }

        /**
         * The value.
         *
         * @return the value
         */
        @JsonValue
        public Object value() {
            return value;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Unknown && Objects.equals(value, ((Unknown) other).value);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(value);
        }

        @Override
        public String toString() {
            return "Unknown[value=" + value + "]";
        }
    }

    /** Decodes the union; Jackson uses it. */
    final class Decoder extends UnionDeserializer<AgentEvent> {
        private static final long serialVersionUID = 1L;

        /** The decoder with this union's variants. */
        public Decoder() {
            super(AgentEvent.class, null, List.of(
                    new Variant<>(UnionDeserializer.Kind.OBJECT, JobAssignment.class, List.of("jobId", "workflowName", "ref", "debug", "params"), Map.of(), List.of()),
                    new Variant<>(UnionDeserializer.Kind.OBJECT, RefreshEvent.class, List.of("requestedAt"), Map.of(), List.of()),
                    new Variant<>(UnionDeserializer.Kind.OBJECT, PingEvent.class, List.of("time"), Map.of(), List.of()),
                    new Variant<>(UnionDeserializer.Kind.ANY, AgentEvent.Unknown.class, List.of(), Map.of(), List.of())
            ));
        }
    }
}
