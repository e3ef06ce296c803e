package nl.plenum.packaged;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Every operation of the API as its own OpenAPI document describes it, so a fuzz test covers
 * endpoints added later without being told about them.
 */
public final class ApiOperations {

    /**
     * @param bodyType the request body's media type, or null when the operation takes none
     * @param bodySchema the body's schema with references resolved, or null
     */
    public record Operation(String method, String path, List<String> pathParameters, String bodyType, JsonNode bodySchema) {
        public boolean changesState() {
            return !method.equals("GET") && !method.equals("HEAD");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private ApiOperations() {
    }

    public static List<Operation> of(JsonNode openApi) {
        List<Operation> operations = new ArrayList<>();
        JsonNode components = openApi.path("components").path("schemas");
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (op.getKey().equals("parameters")) {
                    continue;
                }
                List<String> parameters = new ArrayList<>();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path.getKey());
                while (m.find()) {
                    parameters.add(m.group(1));
                }
                String bodyType = null;
                JsonNode schema = null;
                Iterator<Map.Entry<String, JsonNode>> content = op.getValue().path("requestBody").path("content").fields();
                if (content.hasNext()) {
                    Map.Entry<String, JsonNode> first = content.next();
                    bodyType = first.getKey();
                    schema = resolve(first.getValue().path("schema"), components, 0);
                }
                operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), parameters, bodyType, schema));
            }
        }
        return operations;
    }

    /** A body that satisfies the schema: what a well-behaved client would send. */
    public static JsonNode example(JsonNode schema) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (schema == null || schema.isMissingNode()) {
            return f.objectNode();
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        switch (schema.path("type").asText("object")) {
            case "string":
                return f.textNode(schema.path("format").asText().equals("date") ? "2026-06-01" : "Voorbeeld");
            case "integer":
                return f.numberNode(1);
            case "number":
                return f.numberNode(0.5);
            case "boolean":
                return f.booleanNode(true);
            case "array": {
                ArrayNode array = f.arrayNode();
                array.add(example(schema.path("items")));
                return array;
            }
            default: {
                ObjectNode object = f.objectNode();
                schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), example(p.getValue())));
                return object;
            }
        }
    }

    private static JsonNode resolve(JsonNode schema, JsonNode components, int depth) {
        if (depth > 8) {
            return schema;
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return resolve(components.path(name), components, depth + 1);
        }
        if (schema.isObject()) {
            ObjectNode copy = ((ObjectNode) schema).deepCopy();
            copy.fields().forEachRemaining(e -> {
                if (e.getValue().isObject()) {
                    e.setValue(resolve(e.getValue(), components, depth + 1));
                }
            });
            if (copy.has("properties")) {
                ObjectNode properties = (ObjectNode) copy.get("properties");
                properties.fields().forEachRemaining(e -> e.setValue(resolve(e.getValue(), components, depth + 1)));
            }
            return copy;
        }
        return schema;
    }
}
