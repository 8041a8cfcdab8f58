package dev.flowguard.solution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads what customizations.xml and {@code *.json.data.xml} say about workflows (name, category) and
 * connection references. Streams the XML, since customizations.xml of big solutions runs to megabytes.
 */
final class CustomizationsReader {

    private CustomizationsReader() {
    }

    /** @param category the workflow's Category (5 = modern cloud flow), or null when not stated */
    record WorkflowInfo(String name, Integer category) {
    }

    record Catalog(Map<String, WorkflowInfo> workflowsByLowerPath, List<ConnectionReference> connectionReferences) {

        static final Catalog EMPTY = new Catalog(Map.of(), List.of());

        WorkflowInfo workflow(String lowerPath) {
            return workflowsByLowerPath.get(lowerPath);
        }
    }

    static Catalog read(byte[] bytes) throws UnreadableException {
        XMLStreamReader reader = SecureXml.reader(bytes);
        Map<String, WorkflowInfo> workflows = new HashMap<>();
        List<ConnectionReference> references = new ArrayList<>();
        try {
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String element = reader.getLocalName();
                if (element.equals("Workflow")) {
                    readWorkflow(reader, workflows);
                } else if (element.equalsIgnoreCase("connectionreference")) {
                    references.add(readConnectionReference(reader));
                }
            }
            return new Catalog(Map.copyOf(workflows), List.copyOf(references));
        } catch (XMLStreamException e) {
            throw SecureXml.malformed(e);
        }
    }

    static WorkflowInfo dataXml(byte[] bytes) throws UnreadableException {
        XMLStreamReader reader = SecureXml.reader(bytes);
        try {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("Workflow")) {
                    Map<String, WorkflowInfo> one = new HashMap<>();
                    WorkflowInfo info = readWorkflow(reader, one);
                    return info;
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw SecureXml.malformed(e);
        }
    }

    private static WorkflowInfo readWorkflow(XMLStreamReader reader, Map<String, WorkflowInfo> into)
            throws XMLStreamException {
        String name = reader.getAttributeValue(null, "Name");
        String jsonFile = null;
        Integer category = null;
        int depth = 1;
        while (reader.hasNext() && depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String element = reader.getLocalName();
                if (depth == 1 && element.equals("JsonFileName")) {
                    jsonFile = reader.getElementText().strip();
                } else if (depth == 1 && element.equals("Category")) {
                    category = parseInt(reader.getElementText());
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        WorkflowInfo info = new WorkflowInfo(name, category);
        if (jsonFile != null) {
            String path = jsonFile.replace('\\', '/');
            while (path.startsWith("/")) {
                path = path.substring(1);
            }
            into.put(path.toLowerCase(Locale.ROOT), info);
        }
        return info;
    }

    private static ConnectionReference readConnectionReference(XMLStreamReader reader) throws XMLStreamException {
        String logicalName = reader.getAttributeValue(null, "connectionreferencelogicalname");
        String displayName = null;
        String connector = null;
        int depth = 1;
        while (reader.hasNext() && depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String element = reader.getLocalName();
                if (depth == 1 && element.equalsIgnoreCase("connectionreferencedisplayname")) {
                    displayName = reader.getElementText().strip();
                } else if (depth == 1 && element.equalsIgnoreCase("connectorid")) {
                    connector = reader.getElementText().strip();
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return new ConnectionReference(logicalName, displayName, connector);
    }

    private static Integer parseInt(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
