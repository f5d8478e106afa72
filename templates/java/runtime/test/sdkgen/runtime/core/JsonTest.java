package sdkgen.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class JsonTest {
    /** A model with a three-state field, as generated models hold one. */
    static final class Patch {
        @JsonProperty("image_uri")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        private final JsonNullable<String> imageUri;

        Patch(JsonNullable<String> imageUri) {
            this.imageUri = imageUri;
        }
    }

    @Test
    void absentNullAndValueAreThreeStates() {
        assertEquals("{}", Json.toJson(new Patch(JsonNullable.undefined())));
        assertEquals("{\"image_uri\":null}", Json.toJson(new Patch(JsonNullable.ofNull())));
        assertEquals("{\"image_uri\":\"gcr.io/x\"}", Json.toJson(new Patch(JsonNullable.of("gcr.io/x"))));

        JsonNullable<String> absent = JsonNullable.undefined();
        assertTrue(absent.isUndefined());
        assertFalse(absent.isPresent());
        assertThrows(NoSuchElementException.class, absent::get);
        JsonNullable<String> none = JsonNullable.of(null);
        assertTrue(none.isPresent() && none.isNull());
        assertEquals(null, none.get());
        assertTrue(none.toOptional().isEmpty());
        assertEquals("x", JsonNullable.of("x").orElse("y"));
        assertEquals(JsonNullable.of(2), JsonNullable.of(1).map(i -> i + 1));
        assertEquals(JsonNullable.ofNull(), JsonNullable.<Integer>ofNull().map(i -> i + 1));
        assertTrue(JsonNullable.<Integer>undefined().map(i -> i + 1).isUndefined());
        assertFalse(absent.equals(none));
    }

    @Test
    void datesKeepTheirOffset() throws Exception {
        OffsetDateTime when = Json.mapper().readValue("\"2025-01-02T03:04:05+02:00\"", OffsetDateTime.class);
        assertEquals("+02:00", when.getOffset().getId());
        assertEquals("\"2025-01-02T03:04:05+02:00\"", Json.toJson(when));
    }

    /** A union, as generated code declares one. */
    @JsonDeserialize(using = Shape.Decoder.class)
    sealed interface Shape permits Circle, Square, Shape.OfString, Shape.Unknown {
        @JsonDeserialize
        record OfString(String value) implements Shape {
            @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
            public OfString {}

            @JsonValue
            @Override
            public String value() {
                return value;
            }
        }

        @JsonDeserialize
        record Unknown(Object value) implements Shape {
            @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
            public Unknown {}

            @JsonValue
            @Override
            public Object value() {
                return value;
            }
        }

        final class Decoder extends UnionDeserializer<Shape> {
            private static final long serialVersionUID = 1L;

            Decoder() {
                super(Shape.class, null, List.of(
                        new Variant<>(Kind.OBJECT, Circle.class, List.of("kind", "radius"), Map.of("kind", "circle"), List.of()),
                        new Variant<>(Kind.OBJECT, Square.class, List.of("kind"), Map.of("kind", "square"), List.of()),
                        Variant.of(Kind.STRING, OfString.class),
                        Variant.of(Kind.ANY, Unknown.class)));
            }
        }
    }

    @JsonDeserialize
    record Circle(@JsonProperty("kind") String kind, @JsonProperty("radius") double radius) implements Shape {}

    @JsonDeserialize
    record Square(@JsonProperty("kind") String kind, @JsonProperty("side") Double side) implements Shape {}

    @Test
    void unionsDecodeToTheVariantThatFits() throws Exception {
        Shape circle = Json.mapper().readValue("{\"kind\":\"circle\",\"radius\":2}", Shape.class);
        assertEquals(new Circle("circle", 2), circle);
        Shape square = Json.mapper().readValue("{\"kind\":\"square\",\"side\":1}", Shape.class);
        assertInstanceOf(Square.class, square);
        assertEquals(new Shape.OfString("named"), Json.mapper().readValue("\"named\"", Shape.class));
        Shape other = Json.mapper().readValue("{\"kind\":\"hexagon\"}", Shape.class);
        assertEquals(new Shape.Unknown(Map.of("kind", "hexagon")), other);
        assertEquals("{\"kind\":\"hexagon\"}", Json.toJson(other));
        assertEquals("\"named\"", Json.toJson(new Shape.OfString("named")));
        assertEquals(null, Json.mapper().readValue("null", Shape.class));
    }
}
