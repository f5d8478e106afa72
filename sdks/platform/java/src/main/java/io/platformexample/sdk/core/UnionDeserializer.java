package io.platformexample.sdk.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Public, for generated code: decodes a union (oneOf/anyOf) into the variant the JSON fits.
 *
 * <p>With a discriminator, its value picks the variant. Otherwise each variant is tried, most
 * specific first (constant fields, then required fields): a variant fits when the JSON kind
 * matches, its constant fields hold their values and its required fields are present, and the JSON
 * decodes into it. The last variant catches anything else, so an unknown shape is kept, not an
 * error.
 *
 * @param <U> the union type
 */
public class UnionDeserializer<U> extends StdDeserializer<U> {
    private static final long serialVersionUID = 1L;

    private final String discriminator;
    private final transient List<Variant<U>> variants;

    /**
     * A deserializer for a union.
     *
     * @param unionType the union's interface
     * @param discriminator the discriminator property, or null
     * @param variants the variants, in the spec's order; the last one catches anything
     */
    protected UnionDeserializer(Class<U> unionType, String discriminator, List<Variant<U>> variants) {
        super(unionType);
        this.discriminator = discriminator;
        List<Variant<U>> ordered = new ArrayList<>(variants);
        ordered.sort(Comparator.comparingInt((Variant<U> v) -> -v.specificity()));
        this.variants = List.copyOf(ordered);
    }

    @Override
    public U deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode node = parser.readValueAsTree();
        if (discriminator != null && node.isObject() && node.hasNonNull(discriminator)) {
            String value = node.get(discriminator).asText();
            for (Variant<U> variant : variants) {
                if (variant.tags().contains(value)) {
                    U decoded = tryDecode(variant, node);
                    if (decoded != null) {
                        return decoded;
                    }
                }
            }
        }
        for (Variant<U> variant : variants) {
            if (variant.fits(node)) {
                U decoded = tryDecode(variant, node);
                if (decoded != null) {
                    return decoded;
                }
            }
        }
        throw MismatchedInputException.from(parser, handledType(), "no variant of the union fits " + node.getNodeType());
    }

    private U tryDecode(Variant<U> variant, JsonNode node) {
        try {
            return Json.mapper().convertValue(node, variant.type());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The JSON kinds a variant accepts. */
    public enum Kind {
        /** A JSON object. */
        OBJECT,
        /** A JSON array. */
        ARRAY,
        /** A JSON string. */
        STRING,
        /** A JSON integer. */
        INTEGER,
        /** Any JSON number. */
        NUMBER,
        /** A JSON boolean. */
        BOOLEAN,
        /** Anything (the catch-all). */
        ANY
    }

    /**
     * One variant of a union.
     *
     * @param <U> the union type
     */
    public static final class Variant<U> {
        private final Kind kind;
        private final Class<? extends U> type;
        private final List<String> required;
        private final Map<String, Object> constants;
        private final List<String> tags;

        /**
         * Checks the values and copies the lists.
         *
         * @param kind the JSON kind it accepts
         * @param type the class it decodes to (a model, or a wrapper class of the union)
         * @param required wire names an object must have
         * @param constants wire names with the only value they may hold
         * @param tags the discriminator values that select it
         */
        public Variant(Kind kind, Class<? extends U> type, List<String> required, Map<String, Object> constants, List<String> tags) {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(type, "type");
            required = List.copyOf(required);
            constants = Map.copyOf(constants);
            tags = List.copyOf(tags);
            this.kind = kind;
            this.type = type;
            this.required = required;
            this.constants = constants;
            this.tags = tags;
        }

        /**
         * A variant of some kind, with no constraints.
         *
         * @param <U> the union type
         * @param kind the JSON kind
         * @param type the class it decodes to
         * @return the variant
         */
        public static <U> Variant<U> of(Kind kind, Class<? extends U> type) {
            return new Variant<>(kind, type, List.of(), Map.of(), List.of());
        }

        int specificity() {
            if (kind == Kind.ANY) {
                return -1;
            }
            return constants.size() * 1000 + required.size();
        }

        boolean fits(JsonNode node) {
            if (!kindFits(node)) {
                return false;
            }
            for (String name : required) {
                if (!node.has(name)) {
                    return false;
                }
            }
            for (Map.Entry<String, Object> constant : constants.entrySet()) {
                if (!sameValue(node.get(constant.getKey()), constant.getValue())) {
                    return false;
                }
            }
            return true;
        }

        private boolean kindFits(JsonNode node) {
            switch (kind) {
                case OBJECT:
                    return node.isObject();
                case ARRAY:
                    return node.isArray();
                case STRING:
                    return node.isTextual();
                case INTEGER:
                    return node.isIntegralNumber()
                            || (node.isNumber() && node.decimalValue().stripTrailingZeros().scale() <= 0);
                case NUMBER:
                    return node.isNumber();
                case BOOLEAN:
                    return node.isBoolean();
                default:
                    return true; // ANY
            }
        }

        private static boolean sameValue(JsonNode actual, Object expected) {
            if (actual == null) {
                return false;
            }
            if (expected instanceof Boolean) {
                return actual.isBoolean() && actual.booleanValue() == (Boolean) expected;
            }
            if (expected instanceof Number) {
                return actual.isNumber() && actual.decimalValue().compareTo(new BigDecimal(expected.toString())) == 0;
            }
            return actual.isTextual() && actual.textValue().equals(String.valueOf(expected));
        }

        /**
         * Returns the JSON kind it accepts.
         *
         * @return the JSON kind it accepts
         */
        public Kind kind() {
            return kind;
        }

        /**
         * Returns the class it decodes to (a model, or a wrapper class of the union).
         *
         * @return the class it decodes to (a model, or a wrapper class of the union)
         */
        public Class<? extends U> type() {
            return type;
        }

        /**
         * Returns wire names an object must have.
         *
         * @return wire names an object must have
         */
        public List<String> required() {
            return required;
        }

        /**
         * Returns wire names with the only value they may hold.
         *
         * @return wire names with the only value they may hold
         */
        public Map<String, Object> constants() {
            return constants;
        }

        /**
         * Returns the discriminator values that select it.
         *
         * @return the discriminator values that select it
         */
        public List<String> tags() {
            return tags;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Variant)) {
                return false;
            }
            Variant<?> that = (Variant<?>) other;
            return Objects.equals(kind, that.kind)
                    && Objects.equals(type, that.type)
                    && Objects.equals(required, that.required)
                    && Objects.equals(constants, that.constants)
                    && Objects.equals(tags, that.tags);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, type, required, constants, tags);
        }

        @Override
        public String toString() {
            return "Variant[kind=" + kind + ", type=" + type + ", required=" + required + ", constants=" + constants + ", tags=" + tags + "]";
        }
    }
}
