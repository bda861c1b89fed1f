package id.kinerja.openapi.internal;

import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON Schemas of Java types as the platform's Jackson writes them: scalars and dates inline, beans
 * and records as named component schemas (their properties found by Jackson's own introspection,
 * generics resolved: {@code Page<StaffMember>} is {@code Page_StaffMember}).
 */
final class Schemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper mapper;
    private final Map<String, ObjectNode> named = new TreeMap<>();
    private final Map<String, JavaType> owners = new HashMap<>();

    Schemas(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The named schemas met so far. */
    Map<String, ObjectNode> all() {
        return named;
    }

    ObjectNode of(Type type) {
        return of(mapper.constructType(type));
    }

    ObjectNode of(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (raw == Optional.class) {
            return of(type.containedTypeOrUnknown(0));
        }
        ObjectNode scalar = scalar(raw);
        if (scalar != null) {
            return scalar;
        }
        if (raw.isEnum()) {
            ObjectNode node = NODES.objectNode().put("type", "string");
            ArrayNode values = node.putArray("enum");
            for (Object constant : raw.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            return node;
        }
        if (type.isArrayType() || type.isCollectionLikeType()) {
            ObjectNode node = NODES.objectNode().put("type", "array");
            node.set("items", of(type.getContentType()));
            return node;
        }
        if (type.isMapLikeType()) {
            ObjectNode node = NODES.objectNode().put("type", "object");
            node.set("additionalProperties", of(type.getContentType()));
            return node;
        }
        if (raw == Object.class || JsonNode.class.isAssignableFrom(raw) || raw.isInterface()) {
            return NODES.objectNode().put("type", "object");
        }
        return reference(type);
    }

    private ObjectNode reference(JavaType type) {
        String name = nameOf(type);
        if (!named.containsKey(name)) {
            ObjectNode schema = NODES.objectNode().put("type", "object");
            named.put(name, schema); // before the properties: a type may contain itself
            ObjectNode properties = schema.putObject("properties");
            BeanDescription description = mapper.getSerializationConfig().introspect(type);
            for (BeanPropertyDefinition property : description.findProperties()) {
                if (property.couldSerialize()) {
                    properties.set(property.getName(), of(property.getPrimaryType()));
                }
            }
        }
        return NODES.objectNode().put("$ref", "#/components/schemas/" + name);
    }

    /** A type's schema name: its simple name within its enclosing classes, its type arguments after {@code _}; made unique. */
    private String nameOf(JavaType type) {
        StringBuilder base = new StringBuilder();
        for (Class<?> c = type.getRawClass(); c != null; c = c.getEnclosingClass()) {
            base.insert(0, base.length() == 0 ? c.getSimpleName() : c.getSimpleName() + ".");
        }
        for (int i = 0; i < type.containedTypeCount(); i++) {
            JavaType argument = type.containedType(i);
            base.append('_').append(argument.isCollectionLikeType() ? "List_" + simple(argument.getContentType()) : simple(argument));
        }
        String name = base.toString();
        for (int n = 2; owners.containsKey(name) && !owners.get(name).equals(type); n++) {
            name = base + "_" + n;
        }
        owners.put(name, type);
        return name;
    }

    private static String simple(JavaType type) {
        return type.getRawClass().getSimpleName();
    }

    private static ObjectNode scalar(Class<?> raw) {
        if (raw == String.class || raw == char.class || raw == Character.class) {
            return type("string", null);
        }
        if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class || raw == byte.class || raw == Byte.class) {
            return type("integer", "int32");
        }
        if (raw == long.class || raw == Long.class || raw == BigInteger.class) {
            return type("integer", "int64");
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class || raw == BigDecimal.class) {
            return type("number", null);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return type("boolean", null);
        }
        if (raw == LocalDate.class) {
            return type("string", "date");
        }
        if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class || raw == LocalDateTime.class) {
            return type("string", "date-time");
        }
        if (raw == LocalTime.class || raw == Duration.class) {
            return type("string", null);
        }
        if (raw == YearMonth.class) {
            return type("string", null).put("pattern", "^\\d{4}-\\d{2}$");
        }
        if (raw == UUID.class) {
            return type("string", "uuid");
        }
        if (raw == byte[].class || InputStream.class.isAssignableFrom(raw) || raw == File.class
                || raw.getName().equals("javax.ws.rs.core.StreamingOutput")) {
            return type("string", "binary");
        }
        return null;
    }

    private static ObjectNode type(String type, String format) {
        ObjectNode node = NODES.objectNode().put("type", type);
        return format == null ? node : node.put("format", format);
    }
}
