package id.kinerja.openapi.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.kinerja.core.api.ErrorDetail;
import id.kinerja.core.api.security.Permission;
import id.kinerja.core.api.security.RequiresPermission;
import id.kinerja.core.api.security.Roles;

/**
 * The OpenAPI 3.0 description of a set of JAX-RS resources, read from the code: each resource
 * method's path, HTTP method, parameters, body and answer, the JSON shapes of its values (as Jackson
 * writes them), the permission it requires (and whether the public holds it), and the platform's one
 * error shape for every 4xx and 5xx.
 */
final class OpenApiDocument {

    static final String OPENAPI_VERSION = "3.0.3";
    static final String PERMISSION_EXTENSION = "x-kinerja-permission";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> HTTP_ORDER = List.of("GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS");

    private final Map<String, Permission> permissions;
    private final Function<Class<?>, String> moduleOf;
    private final Schemas schemas;
    private final Map<String, Integer> operationIds = new HashMap<>();

    private OpenApiDocument(ObjectMapper mapper, Map<String, Permission> permissions, Function<Class<?>, String> moduleOf) {
        this.permissions = permissions;
        this.moduleOf = moduleOf;
        this.schemas = new Schemas(mapper);
    }

    /**
     * The description of {@code resources} (resource classes; a class without {@code @Path}, a
     * provider, is left out), each operation tagged with the module {@code moduleOf} names.
     */
    static ObjectNode describe(Collection<Class<?>> resources, Map<String, Permission> permissions, Function<Class<?>, String> moduleOf,
            ObjectMapper mapper, String version) {
        return new OpenApiDocument(mapper, permissions, moduleOf).document(resources, version);
    }

    private ObjectNode document(Collection<Class<?>> resources, String version) {
        ObjectNode document = NODES.objectNode();
        document.put("openapi", OPENAPI_VERSION);
        ObjectNode info = document.putObject("info");
        info.put("title", "Kinerja API");
        info.put("version", version);
        info.put("description", "Manajemen kinerja ASN. Setiap operasi menyebut izin yang diperlukannya (" + PERMISSION_EXTENSION
                + "); galat selalu berbentuk Error (kode, pesan dalam Bahasa Indonesia dan Inggris, isian yang salah). "
                + "Performance management of civil servants: each operation names the permission it requires; every error has the shape Error.");
        document.putArray("servers").addObject().put("url", "/api");
        document.putArray("security").addObject().putArray("bearerAuth");
        Map<String, ObjectNode> paths = new TreeMap<>();
        resources.stream().filter(type -> type.isAnnotationPresent(Path.class)).sorted(Comparator.comparing(Class::getName))
                .forEach(type -> describeResource(type, paths));
        ObjectNode pathsNode = document.putObject("paths");
        paths.forEach(pathsNode::set);
        ArrayNode tags = document.putArray("tags");
        resources.stream().filter(type -> type.isAnnotationPresent(Path.class)).map(moduleOf).distinct().sorted()
                .forEach(module -> tags.addObject().put("name", module));
        ObjectNode components = document.putObject("components");
        ObjectNode bearer = components.putObject("securitySchemes").putObject("bearerAuth");
        bearer.put("type", "http").put("scheme", "bearer").put("description", "Token dari POST /api/v1/auth/login (token from the login)");
        ObjectNode error = components.putObject("responses").putObject("Error");
        error.put("description", "Galat / error");
        error.putObject("content").putObject(MediaType.APPLICATION_JSON).putObject("schema").put("$ref", "#/components/schemas/Error");
        ObjectNode schemasNode = components.putObject("schemas");
        ObjectNode errorShape = errorSchema();
        schemas.all().forEach(schemasNode::set);
        schemasNode.set("Error", errorShape);
        return document;
    }

    private void describeResource(Class<?> type, Map<String, ObjectNode> paths) {
        String root = type.getAnnotation(Path.class).value();
        Method[] methods = type.getMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName).thenComparing(Method::toString));
        for (Method method : methods) {
            String http = httpMethod(method);
            if (http == null) {
                continue;
            }
            Path sub = method.getAnnotation(Path.class);
            String path = normalise(root + (sub == null ? "" : "/" + sub.value()));
            ObjectNode item = paths.computeIfAbsent(path, p -> NODES.objectNode());
            item.set(http.toLowerCase(java.util.Locale.ROOT), operation(type, method, http));
            sortOperations(item);
        }
    }

    private ObjectNode operation(Class<?> type, Method method, String http) {
        ObjectNode operation = NODES.objectNode();
        operation.putArray("tags").add(moduleOf.apply(type));
        operation.put("operationId", operationId(type.getSimpleName() + "_" + method.getName()));
        RequiresPermission required = method.getAnnotation(RequiresPermission.class);
        if (required == null) {
            required = type.getAnnotation(RequiresPermission.class);
        }
        if (required == null) {
            operation.put("description", "Tidak menyebut izin: ditolak untuk semua (declares no permission: refused to all)");
        } else {
            Permission permission = permissions.get(required.value());
            operation.put(PERMISSION_EXTENSION, required.value());
            operation.put("summary", permission == null ? required.value() : permission.description());
            operation.put("description", "Izin / permission: " + required.value()
                    + (permission == null ? "" : " (peran bawaan / default roles: " + String.join(", ", permission.defaultRoles()) + ")"));
            if (permission != null && permission.defaultRoles().contains(Roles.PUBLIC)) {
                operation.putArray("security");
            }
        }
        ArrayNode parameters = NODES.arrayNode();
        ObjectNode multipart = null;
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(Context.class)) {
                continue;
            }
            PathParam pathParam = parameter.getAnnotation(PathParam.class);
            QueryParam queryParam = parameter.getAnnotation(QueryParam.class);
            HeaderParam headerParam = parameter.getAnnotation(HeaderParam.class);
            String formField = formDataName(parameter);
            if (pathParam != null) {
                parameters.add(parameter(pathParam.value(), "path", true, parameter));
            } else if (queryParam != null) {
                parameters.add(parameter(queryParam.value(), "query", false, parameter));
            } else if (headerParam != null) {
                parameters.add(parameter(headerParam.value(), "header", false, parameter));
            } else if (formField != null) {
                if (parameter.getType().getSimpleName().equals("FormDataContentDisposition")) {
                    continue; // the file's name, sent with its part
                }
                if (multipart == null) {
                    multipart = NODES.objectNode().put("type", "object");
                    multipart.putObject("properties");
                }
                ((ObjectNode) multipart.get("properties")).set(formField, schemas.of(parameter.getParameterizedType()));
            } else {
                ObjectNode body = operation.putObject("requestBody");
                body.put("required", true);
                ObjectNode content = body.putObject("content");
                for (String mediaType : mediaTypes(method.getAnnotation(Consumes.class), type.getAnnotation(Consumes.class))) {
                    content.putObject(mediaType).set("schema", schemas.of(parameter.getParameterizedType()));
                }
            }
        }
        if (!parameters.isEmpty()) {
            operation.set("parameters", parameters);
        }
        if (multipart != null) {
            ObjectNode body = operation.putObject("requestBody");
            body.put("required", true);
            body.putObject("content").putObject(MediaType.MULTIPART_FORM_DATA).set("schema", multipart);
        }
        operation.set("responses", responses(type, method));
        return operation;
    }

    private ObjectNode responses(Class<?> type, Method method) {
        ObjectNode responses = NODES.objectNode();
        Class<?> returned = method.getReturnType();
        if (returned == void.class) {
            responses.putObject("204").put("description", "Berhasil, tanpa isi (done, no content)");
        } else if (Response.class.isAssignableFrom(returned)) {
            responses.putObject("2XX").put("description", "Berhasil (done)");
        } else {
            ObjectNode ok = responses.putObject("200");
            ok.put("description", "Berhasil (done)");
            ObjectNode content = ok.putObject("content");
            for (String mediaType : mediaTypes(method.getAnnotation(Produces.class), type.getAnnotation(Produces.class))) {
                content.putObject(mediaType).set("schema", MediaType.APPLICATION_JSON.equals(mediaType)
                        ? schemas.of(method.getGenericReturnType()) : NODES.objectNode().put("type", "string").put("format", "binary"));
            }
        }
        responses.putObject("4XX").put("$ref", "#/components/responses/Error");
        responses.putObject("5XX").put("$ref", "#/components/responses/Error");
        return responses;
    }

    private ObjectNode parameter(String name, String in, boolean required, Parameter parameter) {
        ObjectNode node = NODES.objectNode();
        node.put("name", name).put("in", in).put("required", required);
        ObjectNode schema = schemas.of(parameter.getParameterizedType());
        DefaultValue defaultValue = parameter.getAnnotation(DefaultValue.class);
        if (defaultValue != null) {
            schema = schema.deepCopy().put("default", defaultValue.value());
        }
        node.set("schema", schema);
        return node;
    }

    /** The name of a multipart part ({@code @FormDataParam} of Jersey, known by its name: no import of Jersey). */
    private static String formDataName(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            if (annotation.annotationType().getSimpleName().equals("FormDataParam")) {
                try {
                    return (String) annotation.annotationType().getMethod("value").invoke(annotation);
                } catch (ReflectiveOperationException e) {
                    return "file";
                }
            }
        }
        return null;
    }

    private static List<String> mediaTypes(Object onMethod, Object onType) {
        String[] values = onMethod instanceof Consumes c ? c.value() : onMethod instanceof Produces p ? p.value()
                : onType instanceof Consumes c ? c.value() : onType instanceof Produces p ? p.value() : new String[] {MediaType.APPLICATION_JSON};
        return Arrays.stream(values).flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).toList();
    }

    private String operationId(String base) {
        int seen = operationIds.merge(base, 1, Integer::sum);
        return seen == 1 ? base : base + "_" + seen;
    }

    static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** {@code /v1//staff/{nip: [0-9]+}/} is {@code /v1/staff/{nip}}. */
    static String normalise(String path) {
        String plain = path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        plain = plain.startsWith("/") ? plain : "/" + plain;
        return plain.length() > 1 && plain.endsWith("/") ? plain.substring(0, plain.length() - 1) : plain;
    }

    private static void sortOperations(ObjectNode item) {
        Map<String, com.fasterxml.jackson.databind.JsonNode> sorted = new TreeMap<>(Comparator.comparing(m -> HTTP_ORDER.indexOf(m.toUpperCase(java.util.Locale.ROOT))));
        item.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
        item.removeAll();
        sorted.forEach(item::set);
    }

    private ObjectNode errorSchema() {
        ObjectNode error = NODES.objectNode().put("type", "object");
        error.putArray("required").add("error").add("message");
        ObjectNode properties = error.putObject("properties");
        properties.putObject("error").put("type", "string").put("description", "kode galat, mis. REQUIRED, PERMISSION_DENIED (error code)");
        properties.putObject("message").put("type", "string").put("description", "pesan dalam Bahasa Indonesia");
        properties.putObject("messageEn").put("type", "string").put("description", "the message in English");
        properties.putObject("field").put("type", "string").put("nullable", true).put("description", "isian yang salah (the field at fault)");
        ObjectNode details = properties.putObject("details");
        details.put("type", "array").set("items", schemas.of(ErrorDetail.class));
        details.put("description", "satu per kesalahan bila ada beberapa, mis. per baris CSV (one per error when there are several)");
        return error;
    }

    static Set<String> httpMethods() {
        return Set.copyOf(HTTP_ORDER);
    }
}
