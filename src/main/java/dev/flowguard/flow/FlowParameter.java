package dev.flowguard.flow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * A definition parameter. Environment variables appear here as {@code "Display (schema)"} with
 * {@code metadata.schemaName}; {@code $connections} and {@code $authentication} are the platform's own.
 */
public record FlowParameter(String name, String type, String schemaName, JsonNode defaultValue, String jsonPointer) {

    /** {@code $connections}, {@code $authentication}: the platform's own parameters, not the maker's values. */
    public static boolean isPlatformParameter(String name) {
        return name != null && name.startsWith("$");
    }

    public boolean isPlatformParameter() {
        return isPlatformParameter(name);
    }

    public boolean isEnvironmentVariable() {
        return schemaName != null && !schemaName.isEmpty();
    }

    /**
     * {@code securestring} / {@code secureobject}: not returned with the definition, but Microsoft warns that
     * run history may still show them where a header or body uses them; they are secrets to follow.
     */
    public boolean isSecureType() {
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("secure");
    }
}
