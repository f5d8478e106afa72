package ai.axhub.sdk.models;

import ai.axhub.sdk.core.UnionDeserializer;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Connection state of an app. The boolean <code>connected</code> tells the two shapes apart:
 * <code>true</code> selects <code>GitConnectionConnected</code>, <code>false</code> selects
 * <code>GitConnectionDisconnected</code>.
 *
 * <p>One of: {@link GitConnectionConnected}, {@link GitConnectionDisconnected}, {@link GitConnectionStatus.Unknown}. Tell them apart with
 * {@code instanceof}; a value no variant fits decodes as {@link Unknown}.
 */
@JsonDeserialize(using = GitConnectionStatus.Decoder.class)
public interface GitConnectionStatus {

    /** A value no variant fits, kept as decoded JSON (maps, lists, strings, numbers, booleans). */
    @JsonDeserialize
    final class Unknown implements GitConnectionStatus {
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
    final class Decoder extends UnionDeserializer<GitConnectionStatus> {
        private static final long serialVersionUID = 1L;

        /** The decoder with this union's variants. */
        public Decoder() {
            super(GitConnectionStatus.class, null, List.of(
                    new Variant<>(UnionDeserializer.Kind.OBJECT, GitConnectionConnected.class, List.of("connected", "provider", "repo_full_name", "branch", "installation_id"), Map.ofEntries(Map.entry("connected", true)), List.of()),
                    new Variant<>(UnionDeserializer.Kind.OBJECT, GitConnectionDisconnected.class, List.of("connected"), Map.ofEntries(Map.entry("connected", false)), List.of()),
                    new Variant<>(UnionDeserializer.Kind.ANY, GitConnectionStatus.Unknown.class, List.of(), Map.of(), List.of())
            ));
        }
    }
}
