package dev.flowguard.rules.credential;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.FlowParameter;
import dev.flowguard.flow.FlowString;
import dev.flowguard.flow.FlowStrings;
import dev.flowguard.rules.FlowContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * FG104's detector over a flow: every string of the workflow definition (triggers, actions at any depth,
 * parameters, anything else in it) and of the flow's connection references, matched against
 * {@link SecretPatterns}.
 */
final class KnownFormats {

    record Found(Candidate candidate, SecretMatch match) {
    }

    /** Fields the platform fills with identifiers and names (every action has an operationMetadataId GUID). */
    private static final Set<String> PLATFORM_FIELDS = Set.of("operationMetadataId", "apiId", "connectionName",
            "operationId", "$schema", "contentVersion", "connectionReferenceLogicalName", "schemaName", "type", "kind");

    private KnownFormats() {
    }

    static List<Found> find(FlowContext context) {
        Flow flow = context.flow();
        List<Found> found = new ArrayList<>(0);
        for (FlowString string : context.strings()) {
            if (string.value().length() < SecretPatterns.SHORTEST || string.isDesignerMetadata()
                    || !string.isElement() && PLATFORM_FIELDS.contains(string.key())) {
                continue;
            }
            for (SecretMatch match : SecretPatterns.find(string.value())) {
                String pointer = string.pointer();
                FlowNode node = string.node();
                found.add(new Found(new Candidate(node, pointer, match.secret(), place(flow, node, pointer), false), match));
            }
        }
        JsonNode references = flow.connectionReferences();
        if (references != null && references.isObject() && flow.definitionPointer().equals("/properties/definition")) {
            for (FlowString string : FlowStrings.within(references, "/properties/connectionReferences")) {
                for (SecretMatch match : SecretPatterns.find(string.value())) {
                    found.add(new Found(new Candidate(null, string.pointer(), match.secret(), "connection references",
                            false), match));
                }
            }
        }
        return found;
    }

    /** Where in the flow, for messages: {@code inputs/body/token}, or a definition parameter's default value. */
    private static String place(Flow flow, FlowNode node, String pointer) {
        if (node != null) {
            return pointer.length() > node.jsonPointer().length() ? pointer.substring(node.jsonPointer().length() + 1) : "";
        }
        for (FlowParameter parameter : flow.parameters().values()) {
            if (pointer.startsWith(parameter.jsonPointer() + "/")) {
                return "default value of definition parameter '" + parameter.name() + "'";
            }
        }
        return pointer.startsWith(flow.definitionPointer()) ? "definition" + pointer.substring(flow.definitionPointer().length())
                : pointer;
    }
}
