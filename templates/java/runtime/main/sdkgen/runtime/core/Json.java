package sdkgen.runtime.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.lang.reflect.Type;

/**
 * Public: the JSON mapping of the SDK. Models map their wire names with Jackson annotations; this
 * mapper adds {@code java.time} support and {@link JsonNullable}, keeps date-time offsets as sent,
 * and writes dates as ISO 8601 text. Treat the shared instance as read-only.
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("sdk-json-nullable").addSerializer(new JsonNullableSerializer()))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private Json() {}

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
