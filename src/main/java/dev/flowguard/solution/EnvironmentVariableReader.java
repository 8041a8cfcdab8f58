package dev.flowguard.solution;

import com.fasterxml.jackson.databind.JsonNode;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads environment-variable definitions and the current value files beside them. */
final class EnvironmentVariableReader {

    private EnvironmentVariableReader() {
    }

    record Definition(String schemaName, String displayName, EnvironmentVariableType type, String defaultValue) {
    }

    static Definition definition(byte[] bytes) throws UnreadableException {
        XMLStreamReader reader = SecureXml.reader(bytes);
        String schemaName = null;
        String displayName = null;
        String type = null;
        String defaultValue = null;
        try {
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String element = reader.getLocalName();
                    if (depth == 1) {
                        schemaName = reader.getAttributeValue(null, "schemaname");
                    } else if (depth == 2 && element.equals("displayname")) {
                        displayName = reader.getAttributeValue(null, "default");
                    } else if (depth == 2 && element.equals("type")) {
                        type = reader.getElementText();
                        depth--;
                    } else if (depth == 2 && element.equals("defaultvalue")) {
                        defaultValue = reader.getElementText();
                        depth--;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            throw SecureXml.malformed(e);
        }
        if (schemaName == null || schemaName.isBlank()) {
            throw new UnreadableException("environment variable definition without a schemaname");
        }
        return new Definition(schemaName, displayName, EnvironmentVariableType.fromCode(type), defaultValue);
    }

    /** The {@code value} of {@code environmentvariablevalues.json}; null when it holds none. */
    static String currentValue(JsonReader json, byte[] bytes) throws UnreadableException {
        JsonNode value = json.parse(bytes).path("environmentvariablevalues").path("environmentvariablevalue");
        if (value.isArray()) {
            value = value.path(0);
        }
        JsonNode text = value.path("value");
        return text.isValueNode() ? text.asText() : null;
    }
}
