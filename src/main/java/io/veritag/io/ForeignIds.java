package io.veritag.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.veritag.model.AnnotatorName;
import io.veritag.model.Limits;

/** Article ids and annotator names as other tools write them: strings, numbers, or user objects. */
final class ForeignIds {
    private ForeignIds() {
    }

    /**
     * The article id a file gives (a string, or a number written as text), else one made from the text's hash, so that
     * the same text always gets the same id.
     *
     * @throws IllegalArgumentException when the id is of another kind, blank or too long
     */
    static String id(JsonNode node, String field, String text) {
        if (node == null || node.isNull()) {
            return "text-" + TextHash.sha256(text).substring(0, 16);
        }
        String id;
        if (node.isTextual()) {
            id = node.textValue();
        } else if (node.isIntegralNumber()) {
            id = node.asText();
        } else {
            throw new IllegalArgumentException("\"" + field + "\" must be a string or a whole number");
        }
        String problem = id.isBlank() ? "\"" + field + "\" must not be blank" : Limits.articleProblem(id, "", null, null, null);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return id;
    }

    /**
     * An annotator's name: a string; a number (a user id, as {@code user 7}); an object's {@code email} or
     * {@code username}; null when absent.
     *
     * @throws IllegalArgumentException when it is of another kind or not a valid name
     */
    static String name(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return null;
        }
        String name;
        if (node.isTextual()) {
            name = node.textValue();
        } else if (node.isIntegralNumber()) {
            name = "user " + node.asText();
        } else if (node.isObject() && (node.path("email").isTextual() || node.path("username").isTextual())) {
            name = node.path("email").isTextual() ? node.get("email").textValue() : node.get("username").textValue();
        } else {
            throw new IllegalArgumentException("\"" + field + "\" must be a name, a user number or a user object");
        }
        try {
            return AnnotatorName.checked(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + field + "\": " + e.getMessage());
        }
    }
}
