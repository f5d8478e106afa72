package io.platformexample.sdk.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JacksonFeatureSet;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Public: the JSON mapping of the SDK. Models map their wire names with Jackson annotations; this
 * mapper adds {@code java.time} support and {@link JsonNullable}, keeps date-time offsets as sent,
 * and writes dates as ISO 8601 text. Treat the shared instance as read-only.
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("sdk-json-nullable").addSerializer(new JsonNullableSerializer()))
            // after JavaTimeModule, so it takes precedence for OffsetDateTime
            .addModule(new SimpleModule("sdk-fast-dates").addDeserializer(OffsetDateTime.class, new OffsetDateTimeDeserializer()))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    /** One reader per decoded type: Jackson then finds the root deserializer once, not per call. */
    private static final ConcurrentMap<Type, ObjectReader> READERS = new ConcurrentHashMap<>();

    private Json() {}

    /**
     * A reader of the shared mapper for one type, made once per type.
     *
     * @param type the type (a class, or the type of a {@code TypeReference})
     * @return the reader
     */
    public static ObjectReader reader(Type type) {
        ObjectReader reader = READERS.get(type);
        if (reader == null) {
            reader = READERS.computeIfAbsent(type, t -> MAPPER.readerFor(type(t)));
        }
        return reader;
    }

    /**
     * The shared mapper (thread-safe; do not reconfigure it).
     *
     * @return the mapper
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * A value as a JSON tree with wire names: models, maps, lists, enums and dates alike.
     *
     * @param value any value the SDK returns or accepts
     * @return the tree ({@code NullNode} for null)
     */
    public static JsonNode toTree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /**
     * A value as JSON text with wire names.
     *
     * @param value any value the SDK returns or accepts
     * @return the JSON text
     */
    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The Jackson type for a reflected type (a class, or the type of a {@code TypeReference}).
     *
     * @param type the type
     * @return the Jackson type
     */
    public static JavaType type(Type type) {
        return MAPPER.getTypeFactory().constructType(type);
    }

    /**
     * Reads {@code OffsetDateTime}: text of the usual exact form {@code
     * yyyy-MM-ddTHH:mm:ss[.fraction](Z|+HH:MM|-HH:MM)} is read directly (Jackson's formatter is
     * most of the cost of decoding a typical model); anything else, an out-of-range field, or a
     * context that adjusts dates to its time zone goes to Jackson's own deserializer, so results and
     * errors are the same as without this class.
     */
    static final class OffsetDateTimeDeserializer extends StdDeserializer<OffsetDateTime>
            implements ContextualDeserializer {
        private static final long serialVersionUID = 1L;
        /** What JavaTimeModule (default features) registers for OffsetDateTime. */
        private static final InstantDeserializer<OffsetDateTime> JACKSON =
                InstantDeserializer.OFFSET_DATE_TIME.withFeatures(JacksonFeatureSet.fromDefaults(JavaTimeFeature.values()));

        OffsetDateTimeDeserializer() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)
                    && !ctxt.isEnabled(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)) {
                OffsetDateTime fast = parseIso(p.getText());
                if (fast != null) {
                    return fast;
                }
            }
            return JACKSON.deserialize(p, ctxt);
        }

        @Override
        public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer)
                throws IOException {
            return JACKSON.deserializeWithType(p, ctxt, typeDeserializer);
        }

        @Override
        public LogicalType logicalType() {
            return JACKSON.logicalType();
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
                throws JsonMappingException {
            JsonDeserializer<?> contextual = JACKSON.createContextual(ctxt, property);
            // A property with its own @JsonFormat gets Jackson's deserializer as configured.
            return contextual == JACKSON ? this : contextual;
        }

        /**
         * The date-time of text in the exact usual form, or null when the text has another form or
         * a field out of range (Jackson then reads it, or reports the error as it would).
         *
         * @param text the text
         * @return the date-time, or null
         */
        static OffsetDateTime parseIso(String text) {
            int length = text.length();
            if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                    || text.charAt(13) != ':' || text.charAt(16) != ':') {
                return null;
            }
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            int second = digits(text, 17, 2);
            if ((year | month | day | hour | minute | second) < 0) {
                return null;
            }
            int i = 19;
            int nanos = 0;
            if (text.charAt(i) == '.') {
                int start = ++i;
                while (i < length && i - start < 10 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    nanos = nanos * 10 + (text.charAt(i) - '0');
                    i++;
                }
                int count = i - start;
                if (count == 0 || count > 9) {
                    return null;
                }
                for (int k = count; k < 9; k++) {
                    nanos *= 10;
                }
            }
            ZoneOffset offset;
            if (i == length - 1 && text.charAt(i) == 'Z') {
                offset = ZoneOffset.UTC;
            } else if (i == length - 6 && (text.charAt(i) == '+' || text.charAt(i) == '-') && text.charAt(i + 3) == ':') {
                int hours = digits(text, i + 1, 2);
                int minutes = digits(text, i + 4, 2);
                if ((hours | minutes) < 0 || hours > 18 || minutes > 59) {
                    return null;
                }
                int seconds = hours * 3600 + minutes * 60;
                if (seconds > 18 * 3600) {
                    return null;
                }
                offset = ZoneOffset.ofTotalSeconds(text.charAt(i) == '-' ? -seconds : seconds);
            } else {
                return null;
            }
            try {
                return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
            } catch (DateTimeException e) {
                return null; // e.g. February 30th: Jackson reports it
            }
        }

        /** The value of {@code count} ASCII digits at {@code start}, or -1 when one is not a digit. */
        private static int digits(String text, int start, int count) {
            int value = 0;
            for (int i = start; i < start + count; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }
    }

    /** Writes {@link JsonNullable}: its value, or null; an undefined one counts as empty. */
    static final class JsonNullableSerializer extends StdSerializer<JsonNullable<?>> {
        private static final long serialVersionUID = 1L;

        JsonNullableSerializer() {
            super(JsonNullable.class, false);
        }

        @Override
        public void serialize(JsonNullable<?> value, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            Object inner = value.isPresent() ? value.get() : null;
            if (inner == null) {
                gen.writeNull();
            } else {
                provider.defaultSerializeValue(inner, gen);
            }
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, JsonNullable<?> value) {
            return value == null || value.isUndefined();
        }
    }
}
