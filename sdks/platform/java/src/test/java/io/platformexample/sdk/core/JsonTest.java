package io.platformexample.sdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.Callable;
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
    interface Shape {
        @JsonDeserialize
        final class OfString implements Shape {
            private final String value;

            @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
            OfString(String value) {
                this.value = value;
            }

            @JsonValue
            public String value() {
                return value;
            }

            @Override
            public boolean equals(Object other) {
                if (this == other) {
                    return true;
                }
                if (!(other instanceof OfString)) {
                    return false;
                }
                OfString that = (OfString) other;
                return Objects.equals(value, that.value);
            }

            @Override
            public int hashCode() {
                return Objects.hash(value);
            }

            @Override
            public String toString() {
                return "OfString[value=" + value + "]";
            }
        }

        @JsonDeserialize
        final class Unknown implements Shape {
            private final Object value;

            @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
            Unknown(Object value) {
                this.value = value;
            }

            @JsonValue
            public Object value() {
                return value;
            }

            @Override
            public boolean equals(Object other) {
                if (this == other) {
                    return true;
                }
                if (!(other instanceof Unknown)) {
                    return false;
                }
                Unknown that = (Unknown) other;
                return Objects.equals(value, that.value);
            }

            @Override
            public int hashCode() {
                return Objects.hash(value);
            }

            @Override
            public String toString() {
                return "Unknown[value=" + value + "]";
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
    static final class Circle implements Shape {
        @JsonProperty("kind") private final String kind;
        @JsonProperty("radius") private final double radius;

        @JsonCreator
        Circle(@JsonProperty("kind") String kind, @JsonProperty("radius") double radius) {
            this.kind = kind;
            this.radius = radius;
        }

        public String kind() {
            return kind;
        }

        public double radius() {
            return radius;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Circle)) {
                return false;
            }
            Circle that = (Circle) other;
            return Objects.equals(kind, that.kind)
                    && Objects.equals(radius, that.radius);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, radius);
        }

        @Override
        public String toString() {
            return "Circle[kind=" + kind + ", radius=" + radius + "]";
        }
    }

    @JsonDeserialize
    static final class Square implements Shape {
        @JsonProperty("kind") private final String kind;
        @JsonProperty("side") private final Double side;

        @JsonCreator
        Square(@JsonProperty("kind") String kind, @JsonProperty("side") Double side) {
            this.kind = kind;
            this.side = side;
        }

        public String kind() {
            return kind;
        }

        public Double side() {
            return side;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Square)) {
                return false;
            }
            Square that = (Square) other;
            return Objects.equals(kind, that.kind)
                    && Objects.equals(side, that.side);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, side);
        }

        @Override
        public String toString() {
            return "Square[kind=" + kind + ", side=" + side + "]";
        }
    }

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

    /** Jackson's own reading of dates, configured as {@link Json} is but without its fast path. */
    private static final ObjectMapper PLAIN = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    @Test
    void fastDatesReadExactlyAsJacksonDoes() throws Exception {
        List<String> fast = List.of(
                "2025-01-02T03:04:05Z", "2025-01-02T03:04:05+02:00", "2025-01-02T03:04:05-07:30",
                "2025-01-02T03:04:05.1Z", "2025-01-02T03:04:05.123456789+05:45", "2025-01-02T03:04:05.000Z",
                "2025-01-02T03:04:05-00:00", "2025-01-02T03:04:05+00:00", "0000-01-01T00:00:00Z",
                "2024-02-29T23:59:59.999999999+18:00", "2025-12-31T23:59:59-18:00");
        for (String text : fast) {
            assertNotNull(Json.OffsetDateTimeDeserializer.parseIso(text), text);
            OffsetDateTime expected = PLAIN.readValue('"' + text + '"', OffsetDateTime.class);
            OffsetDateTime got = Json.mapper().readValue('"' + text + '"', OffsetDateTime.class);
            assertEquals(expected, got, text);
            assertEquals(expected.getOffset().getId(), got.getOffset().getId(), text);
        }
        // other forms, and values out of range: Jackson's deserializer reads or refuses them
        List<String> others = List.of(
                "2025-01-02T03:04Z", "2025-01-02t03:04:05z", " 2025-01-02T03:04:05Z ", "2025-01-02T03:04:05+0200",
                "2025-01-02T03:04:05+02:00:30", "2025-01-02T03:04:05.Z", "2025-01-02T03:04:05.1234567890Z",
                "2025-02-30T03:04:05Z", "2025-13-02T03:04:05Z", "2025-01-02T24:00:00Z", "2025-01-02T03:60:05Z",
                "2025-01-02T03:04:60Z", "2025-01-02T03:04:05+18:30", "2025-01-02T03:04:05+19:00",
                "2025-01-02T03:04:05+02:60", "2025-01-02T03:04:05", "1735786445", "1735786445.5", "",
                "+12025-01-02T03:04:05Z", "2025-01-02T03:04:05Z[UTC]");
        for (String text : others) {
            assertNull(Json.OffsetDateTimeDeserializer.parseIso(text), text);
            String json = '"' + text + '"';
            Object expected = outcome(() -> PLAIN.readValue(json, OffsetDateTime.class));
            Object got = outcome(() -> Json.mapper().readValue(json, OffsetDateTime.class));
            assertEquals(expected, got, text);
        }
        assertEquals(
                PLAIN.readValue("1735786445", OffsetDateTime.class),
                Json.mapper().readValue("1735786445", OffsetDateTime.class));
    }

    /** A property with its own format keeps Jackson's deserializer, configured by it. */
    static final class Stamped {
        @JsonProperty("at") @JsonFormat(pattern = "yyyy/MM/dd HH:mm xxx") private final OffsetDateTime at;

        @JsonCreator
        Stamped(@JsonProperty("at") @JsonFormat(pattern = "yyyy/MM/dd HH:mm xxx") OffsetDateTime at) {
            this.at = at;
        }

        public OffsetDateTime at() {
            return at;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Stamped)) {
                return false;
            }
            Stamped that = (Stamped) other;
            return Objects.equals(at, that.at);
        }

        @Override
        public int hashCode() {
            return Objects.hash(at);
        }

        @Override
        public String toString() {
            return "Stamped[at=" + at + "]";
        }
    }

    @Test
    void aFormattedDatePropertyKeepsItsFormat() throws Exception {
        Stamped stamped = Json.mapper().readValue("{\"at\":\"2025/01/02 03:04 +02:00\"}", Stamped.class);
        assertEquals(OffsetDateTime.parse("2025-01-02T03:04+02:00"), stamped.at());
    }

    @Test
    void aReaderIsMadeOncePerType() throws Exception {
        assertSame(Json.reader(Circle.class), Json.reader(Circle.class));
        Type listOfCircles = new TypeReference<List<Circle>>() { }.getType();
        assertSame(Json.reader(listOfCircles), Json.reader(new TypeReference<List<Circle>>() { }.getType()));
        List<Circle> circles = Json.reader(listOfCircles).readValue("[{\"kind\":\"circle\",\"radius\":1}]");
        assertEquals(List.of(new Circle("circle", 1)), circles);
    }

    /** What a read gives: the value, or the exception's class and message. */
    private static Object outcome(Callable<Object> read) {
        try {
            return read.call();
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
