package org.ertstorage.adapter.http.graphql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ertstorage.adapter.http.rest.dto.PriorOut;
import org.ertstorage.domain.prior.Prior;

/** JSONString values in Python's default spacing ({@code ", "} and {@code ": "}), as the reference wrote them. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static String priors(Map<String, Prior> priors) {
        var out = new LinkedHashMap<String, Object>();
        priors.forEach((name, prior) -> out.put(name, PriorOut.from(prior)));
        return write(out);
    }

    static String prior(Prior prior) {
        return write(PriorOut.from(prior));
    }

    static String write(Object value) {
        try {
            return pythonSpacing(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> readObject(String json) {
        try {
            return MAPPER.readValue(json, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new GraphQlInputError("variables must be a JSON object");
        }
    }

    /** Adds a space after every {@code ,} and {@code :} outside string literals. */
    static String pythonSpacing(String compact) {
        var out = new StringBuilder(compact.length() + 16);
        boolean inString = false;
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            out.append(c);
            if (inString) {
                if (c == '\\') {
                    out.append(compact.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == ',' || c == ':') {
                out.append(' ');
            }
        }
        return out.toString();
    }
}
