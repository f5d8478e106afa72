import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decodes documents into the models of generated SDKs, checks the classes of chosen values, encodes
 * them back and compares with the input as JSON values. Each SDK's own mapper ({@code
 * <package>.core.Json.mapper()}) does the work, as the SDK itself would.
 *
 * <p>Argument: a JSON plan written by tests/generation/test_java_roundtrip.py: {@code {"documents":
 * [{"name", "package", "type", "document", "classes": {path: class}}], "enums": [{"package",
 * "class", "values"}]}}. Prints one line per failure and exits 1 when there is any.
 */
public final class RoundTrip {
    private RoundTrip() {}

    /** Numbers equal as numbers (2 and 2.0), everything else as Jackson compares it. */
    private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        JsonNode plan = new ObjectMapper().readTree(Files.readAllBytes(Path.of(args[0])));
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (JsonNode item : plan.get("documents")) {
            String name = item.get("name").asText();
            try {
                failures.addAll(roundTrip(item));
            } catch (IOException | RuntimeException | ReflectiveOperationException e) {
                failures.add(name + ": " + e);
            }
            checked++;
        }
        for (JsonNode item : plan.get("enums")) {
            ObjectMapper mapper = mapper(item.get("package").asText());
            Class<?> enumClass = Class.forName(item.get("class").asText());
            Object values = enumClass.getMethod("values").invoke(null);
            JsonNode actual = mapper.readTree(mapper.writeValueAsString(values));
            if (!actual.equals(item.get("values"))) {
                failures.add(enumClass.getName() + " values are " + actual + ", not " + item.get("values"));
            }
            checked++;
        }
        failures.forEach(System.out::println);
        System.out.println(checked + " checked, " + failures.size() + " failed");
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    private static List<String> roundTrip(JsonNode item) throws IOException, ReflectiveOperationException {
        String name = item.get("name").asText();
        ObjectMapper mapper = mapper(item.get("package").asText());
        JavaType type = mapper.getTypeFactory().constructFromCanonical(item.get("type").asText());
        JsonNode document = item.get("document");
        Object value = mapper.readValue(mapper.writeValueAsString(document), type);
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, JsonNode> check : item.get("classes").properties()) {
            Object node = value;
            for (String step : check.getKey().split("\\.")) {
                if (!step.isEmpty()) {
                    node = step(unwrapAll(node), step);
                }
            }
            node = unwrap(node);
            String got = node == null ? "null" : node.getClass().getName();
            if (!got.equals(check.getValue().asText())) {
                failures.add(name + ": " + (check.getKey().isEmpty() ? "the value" : check.getKey()) + " is a " + got
                        + ", not a " + check.getValue().asText());
            }
        }
        JsonNode again = mapper.readTree(mapper.writeValueAsString(value));
        if (!again.equals(SAME_VALUE, document)) {
            failures.add(name + ": encodes to " + again + ", not " + document);
        }
        return failures;
    }

    private static ObjectMapper mapper(String sdkPackage) throws ReflectiveOperationException {
        return (ObjectMapper) Class.forName(sdkPackage + ".core.Json").getMethod("mapper").invoke(null);
    }

    /** One step of a path: a list index, a map key, or the field with that wire name. */
    private static Object step(Object node, String step) throws ReflectiveOperationException {
        if (node instanceof List<?> list) {
            return list.get(Integer.parseInt(step));
        }
        if (node instanceof Map<?, ?> map) {
            return map.get(step);
        }
        for (Class<?> type = node.getClass(); type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                JsonProperty wire = field.getAnnotation(JsonProperty.class);
                if (wire != null && wire.value().equals(step)) {
                    field.setAccessible(true);
                    return field.get(node);
                }
            }
        }
        throw new IllegalArgumentException(node.getClass().getName() + " has no field '" + step + "'");
    }

    /** The value inside an Optional or JsonNullable (null when empty). */
    private static Object unwrap(Object node) throws ReflectiveOperationException {
        if (node instanceof Optional<?> optional) {
            return optional.orElse(null);
        }
        if (node != null && node.getClass().getSimpleName().equals("JsonNullable")) {
            Method orElse = node.getClass().getMethod("orElse", Object.class);
            try {
                return orElse.invoke(node, (Object) null);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        return node;
    }

    /**
     * {@link #unwrap}, then the value inside a union's wrapper (a class nested in the union's
     * interface whose {@code value()} is its {@code @JsonValue}), to step further in.
     */
    private static Object unwrapAll(Object node) throws ReflectiveOperationException {
        Object inner = unwrap(node);
        Class<?> outer = inner == null ? null : inner.getClass().getEnclosingClass();
        if (outer != null && outer.isInterface()) {
            for (Method method : inner.getClass().getMethods()) {
                if (method.getName().equals("value") && method.getParameterCount() == 0
                        && method.isAnnotationPresent(JsonValue.class)) {
                    return unwrap(method.invoke(inner));
                }
            }
        }
        return inner;
    }
}
