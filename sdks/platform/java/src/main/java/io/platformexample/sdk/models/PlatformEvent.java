package io.platformexample.sdk.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.platformexample.sdk.core.UnionDeserializer;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Any event, told apart by <code>type</code>.
 *
 * <p>One of: {@link TenantCreatedEvent}, {@link MemberAddedEvent}, {@link MemberRemovedEvent}, {@link MemberRoleChangedEvent}, {@link PlatformEvent.Unknown}. Tell them apart with
 * {@code instanceof}; a value no variant fits decodes as {@link Unknown}.
 */
@JsonDeserialize(using = PlatformEvent.Decoder.class)
public interface PlatformEvent {

    /** A value no variant fits, kept as decoded JSON (maps, lists, strings, numbers, booleans). */
    @JsonDeserialize
    final class Unknown implements PlatformEvent {
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
    final class Decoder extends UnionDeserializer<PlatformEvent> {
        private static final long serialVersionUID = 1L;

        /** The decoder with this union's variants. */
        public Decoder() {
            super(PlatformEvent.class, "type", List.of(
                    new Variant<>(UnionDeserializer.Kind.OBJECT, TenantCreatedEvent.class, List.of("id", "type", "tenantId", "createdAt", "data"), Map.of(), List.of("tenant.created")),
                    new Variant<>(UnionDeserializer.Kind.OBJECT, MemberAddedEvent.class, List.of("id", "type", "tenantId", "createdAt", "data"), Map.of(), List.of("member.added")),
                    new Variant<>(UnionDeserializer.Kind.OBJECT, MemberRemovedEvent.class, List.of("id", "type", "tenantId", "createdAt", "data"), Map.of(), List.of("member.removed")),
                    new Variant<>(UnionDeserializer.Kind.OBJECT, MemberRoleChangedEvent.class, List.of("id", "type", "tenantId", "createdAt", "data"), Map.of(), List.of("member.role_changed")),
                    new Variant<>(UnionDeserializer.Kind.ANY, PlatformEvent.Unknown.class, List.of(), Map.of(), List.of())
            ));
        }
    }
}
