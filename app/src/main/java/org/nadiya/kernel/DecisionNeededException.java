package org.nadiya.kernel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request that cannot go on until its sender decides something it did not know of, e.g. whether a person being
 * registered is one already known. The API answers 409 problem details with the {@code code}, the message key's text
 * in the reader's language and the {@code properties} the sender decides on; nothing has been stored.
 */
public class DecisionNeededException extends RuntimeException {

    private final String code;
    private final String key;
    private final Map<String, Object> properties;

    /** {@code code}: the stable problem name ({@code urn:nadiya:problem:<code>}); {@code key}: the detail's message key. */
    public DecisionNeededException(String code, String key, Map<String, Object> properties) {
        super(code);
        this.code = code;
        this.key = key;
        this.properties = new LinkedHashMap<>(properties);
    }

    public String code() {
        return code;
    }

    public String key() {
        return key;
    }

    public Map<String, Object> properties() {
        return Map.copyOf(properties);
    }
}
