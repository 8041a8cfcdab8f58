package dev.flowguard.flow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.LogicApp.ConnectionValue;
import dev.flowguard.flow.LogicApp.Hosting;
import dev.flowguard.flow.LogicApp.TemplateParameter;
import dev.flowguard.flow.LogicApp.TemplateSplice;
import dev.flowguard.flow.LogicApp.WorkflowParameterValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the Azure Logic Apps workflows in a parsed JSON file: {@code Microsoft.Logic/workflows} resources of an
 * ARM template (at any depth of nested {@code Microsoft.Resources/deployments}), an exported workflow resource,
 * a Standard workflow resource ({@code properties.files["workflow.json"]}), a template of the Logic Apps gallery
 * ({@code Microsoft.Logic/galleries/templates}) and {@code {"definition": …}} files.
 * A file of none of these shapes gives no workflow; Power Automate's own shapes are left to {@link FlowShape}.
 */
public final class LogicAppLocator {

    static final String WORKFLOWS = "microsoft.logic/workflows";
    private static final String DEPLOYMENTS = "microsoft.resources/deployments";
    private static final String CONNECTIONS = "microsoft.web/connections";
    private static final String STANDARD_WORKFLOW = "microsoft.web/sites/workflows";
    private static final String GALLERY_TEMPLATE = "microsoft.logic/galleries/templates";

    /**
     * A workflow found in a file.
     *
     * @param name the workflow's name: the resource's for Consumption, the folder's or file's for Standard
     */
    public record Located(String name, String definitionPointer, LogicApp logicApp) {
    }

    /**
     * How to name what the file does not name.
     *
     * @param logicApp the logic app when the file does not say: the Standard project, or the file
     * @param workflow the workflow when the file does not say: {@code <workflow>/workflow.json}'s folder, or the file
     */
    public record Names(String logicApp, String workflow) {
    }

    private LogicAppLocator() {
    }

    /**
     * @return the workflows, in file order; empty when the file is not a Logic Apps file
     * @throws NotAFlowException when the file says it holds a workflow that is not there (a workflow resource
     *     with no definition)
     */
    public static List<Located> locate(JsonNode root, Names names) throws NotAFlowException {
        if (root == null || !root.isObject()) {
            return List.of();
        }
        String type = root.path("type").asText("").toLowerCase(Locale.ROOT);
        if (root.path("resources").isArray()) {
            List<Located> found = new ArrayList<>();
            Connections connections = new Connections(new ArrayList<>(), new ArrayList<>());
            walkTemplate(root, "", List.of(), names, found, connections);
            if (!found.isEmpty() && !connections.isEmpty()) {
                Located first = found.get(0);
                found.set(0, new Located(first.name(), first.definitionPointer(),
                        first.logicApp().withConnections(connections.values(), connections.splices())));
            }
            return found;
        }
        if (type.equals(WORKFLOWS)) {
            String name = lastSegment(root.path("name").asText(names.logicApp()));
            requireDefinition(root.path("properties").path("definition"), name);
            return List.of(new Located(name, "/properties/definition", new LogicApp(name, Hosting.CONSUMPTION,
                    root.path("properties").path("accessControl"), "/properties/accessControl",
                    parameterValues(root.path("properties").path("parameters"), "/properties/parameters", List.of()),
                    List.of(), List.of(), List.of())));
        }
        if (type.equals(STANDARD_WORKFLOW)) {
            String full = root.path("name").asText("");
            String name = full.isEmpty() ? names.workflow() : lastSegment(full);
            String app = full.contains("/") ? full.substring(0, full.indexOf('/')) : names.logicApp();
            requireDefinition(root.path("properties").path("files").path("workflow.json").path("definition"), name);
            return List.of(new Located(name, "/properties/files/workflow.json/definition",
                    LogicApp.withoutHost(app, Hosting.STANDARD)));
        }
        if (type.equals(GALLERY_TEMPLATE) && FlowShape.isDefinition(root.path("properties").path("definition"))) {
            // the Logic Apps template gallery: a definition to start from, named by its display name
            String name = root.path("properties").path("displayName").asText(names.workflow());
            return List.of(new Located(name, "/properties/definition", LogicApp.withoutHost(name, Hosting.DEFINITION_ONLY)));
        }
        if (FlowShape.isDefinition(root.path("definition")) && !root.has("properties")) {
            Hosting hosting = root.has("kind") ? Hosting.STANDARD : Hosting.DEFINITION_ONLY;
            return List.of(new Located(names.workflow(), "/definition", LogicApp.withoutHost(names.logicApp(), hosting)));
        }
        return List.of();
    }

    /**
     * What an ARM template's {@code Microsoft.Web/connections} resources are deployed with, at any depth of nested
     * deployments: their string values and the template parameters they splice in.
     */
    public record Connections(List<ConnectionValue> values, List<TemplateSplice> splices) {

        public boolean isEmpty() {
            return values.isEmpty() && splices.isEmpty();
        }
    }

    /**
     * The API connections of an ARM template that deploys no workflow (with one, {@link #locate} hands them to the
     * first workflow's logic app); none for anything else.
     */
    public static Connections templateConnections(JsonNode root) {
        Connections connections = new Connections(new ArrayList<>(), new ArrayList<>());
        if (root == null || !root.path("resources").isArray()) {
            return connections;
        }
        try {
            walkTemplate(root, "", List.of(), new Names("", ""), new ArrayList<>(), connections);
        } catch (NotAFlowException e) {
            return new Connections(List.of(), List.of()); // a workflow without a definition: reported as broken
        }
        return connections;
    }

    /** A template's resources, then those of its nested deployments' templates, innermost parameters first. */
    private static void walkTemplate(JsonNode template, String pointer, List<Scope> outer, Names names,
            List<Located> found, Connections connections) throws NotAFlowException {
        List<Scope> scopes = new ArrayList<>();
        scopes.add(new Scope(template, pointer));
        scopes.addAll(outer);
        walkResources(template.path("resources"), pointer + "/resources", scopes, names, found, connections);
    }

    private static void walkResources(JsonNode resources, String pointer, List<Scope> scopes, Names names,
            List<Located> found, Connections connections) throws NotAFlowException {
        for (int i = 0; i < resources.size(); i++) {
            JsonNode resource = resources.get(i);
            String at = pointer + "/" + i;
            String type = resource.path("type").asText("").toLowerCase(Locale.ROOT);
            JsonNode properties = resource.path("properties");
            if (type.equals(WORKFLOWS)) {
                workflow(resource, at, scopes, names, found);
            } else if (type.equals(DEPLOYMENTS) && properties.path("template").isObject()) {
                walkTemplate(properties.path("template"), at + "/properties/template", scopes, names, found, connections);
            } else if (type.equals(CONNECTIONS)) {
                String connection = resolveName(resource.path("name"), scopes, "connection " + i);
                int before = connections.values().size();
                strings(properties.path("parameterValues"), at + "/properties/parameterValues", "", connection,
                        connections.values());
                strings(properties.path("parameterValueSet"), at + "/properties/parameterValueSet", "", connection,
                        connections.values());
                for (ConnectionValue value : connections.values().subList(before, connections.values().size())) {
                    String key = value.key().substring(value.key().lastIndexOf('/') + 1);
                    boolean whole = TemplateExpressions.parameterName(value.value()) != null;
                    for (String parameter : TemplateExpressions.parameterNames(value.value())) {
                        connections.splices().add(new TemplateSplice(templateParameter(parameter, scopes),
                                value.jsonPointer(), "parameter value '" + value.key() + "' of API connection '"
                                        + connection + "'", key, whole));
                    }
                }
            }
            if (resource.path("resources").isArray()) {
                walkResources(resource.path("resources"), at + "/resources", scopes, names, found, connections);
            }
        }
    }

    private static void workflow(JsonNode resource, String at, List<Scope> scopes, Names names, List<Located> found)
            throws NotAFlowException {
        String name = resolveName(resource.path("name"), scopes, names.logicApp());
        JsonNode definition = resource.path("properties").path("definition");
        if (TemplateExpressions.isExpression(definition)) {
            return; // [variables('definition')] or a loaded file: not written here, nothing to read
        }
        requireDefinition(definition, name);
        List<TemplateSplice> splices = new ArrayList<>();
        splices(definition, at + "/properties/definition", "", "the definition of workflow '" + name + "'", scopes, splices);
        found.add(new Located(name, at + "/properties/definition", new LogicApp(name, Hosting.CONSUMPTION,
                resource.path("properties").path("accessControl"), at + "/properties/accessControl",
                parameterValues(resource.path("properties").path("parameters"), at + "/properties/parameters", scopes),
                List.of(), visibleParameters(scopes), splices)));
    }

    /** Every template parameter an ARM expression in {@code node} writes in place, with the key it is under. */
    private static void splices(JsonNode node, String pointer, String key, String place, List<Scope> scopes,
            List<TemplateSplice> into) {
        if (node.isTextual()) {
            boolean whole = TemplateExpressions.parameterName(node.asText()) != null;
            for (String parameter : TemplateExpressions.parameterNames(node.asText())) {
                into.add(new TemplateSplice(templateParameter(parameter, scopes), pointer, place, key, whole));
            }
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                splices(field.getValue(), pointer + "/" + JsonPointers.escape(field.getKey()), field.getKey(), place,
                        scopes, into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                splices(node.get(i), pointer + "/" + i, key, place, scopes, into);
            }
        }
    }

    private static List<WorkflowParameterValue> parameterValues(JsonNode parameters, String pointer, List<Scope> scopes) {
        List<WorkflowParameterValue> values = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = parameters.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue().get("value");
            if (value == null) {
                continue;
            }
            String read = value.isTextual() ? TemplateExpressions.parameterName(value.asText()) : null;
            values.add(new WorkflowParameterValue(field.getKey(), value,
                    pointer + "/" + JsonPointers.escape(field.getKey()) + "/value",
                    read == null ? null : templateParameter(read, scopes)));
        }
        return values;
    }

    /** Every parameter the scopes declare, the nearest declaration of each name only. */
    private static List<TemplateParameter> visibleParameters(List<Scope> scopes) {
        Map<String, TemplateParameter> visible = new java.util.LinkedHashMap<>();
        for (Scope scope : scopes) {
            Iterator<String> names = scope.template().path("parameters").fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                visible.putIfAbsent(name, templateParameter(name, scopes));
            }
        }
        return List.copyOf(visible.values());
    }

    private static TemplateParameter templateParameter(String name, List<Scope> scopes) {
        for (Scope scope : scopes) {
            JsonNode declared = scope.template().path("parameters").get(name);
            if (declared != null && declared.isObject()) {
                return new TemplateParameter(name, declared.path("type").asText(""), declared.get("defaultValue"),
                        scope.pointer() + "/parameters/" + JsonPointers.escape(name));
            }
        }
        return new TemplateParameter(name, "", null, "");
    }

    /** A literal name, or one read by a plain {@code [parameters('x')]}/{@code [variables('x')]} with a literal value. */
    private static String resolveName(JsonNode name, List<Scope> scopes, String fallback) {
        String text = name.asText("");
        if (text.isEmpty()) {
            return fallback;
        }
        if (!TemplateExpressions.isExpression(name)) {
            return lastSegment(text);
        }
        String parameter = TemplateExpressions.parameterName(text);
        String variable = TemplateExpressions.variableName(text);
        for (Scope scope : scopes) {
            JsonNode value = parameter != null ? scope.template().path("parameters").path(parameter).path("defaultValue")
                    : variable != null ? scope.template().path("variables").path(variable) : null;
            if (value != null && value.isTextual() && !value.asText().isBlank() && !TemplateExpressions.isExpression(value)) {
                return lastSegment(value.asText());
            }
        }
        return fallback;
    }

    private static void strings(JsonNode node, String pointer, String key, String connection, List<ConnectionValue> into) {
        if (node.isTextual()) {
            into.add(new ConnectionValue(connection, key, node.asText(), pointer));
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                strings(field.getValue(), pointer + "/" + JsonPointers.escape(field.getKey()),
                        key.isEmpty() ? field.getKey() : key + "/" + field.getKey(), connection, into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                strings(node.get(i), pointer + "/" + i, key, connection, into);
            }
        }
    }

    private static void requireDefinition(JsonNode definition, String name) throws NotAFlowException {
        if (!FlowShape.isDefinition(definition)) {
            throw new MissingDefinition("workflow '" + name + "' has no definition with triggers or actions");
        }
    }

    /** {@code parent/child} child resource names: the workflow is the last segment. */
    private static String lastSegment(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? name : name.substring(slash + 1);
    }

    private record Scope(JsonNode template, String pointer) {
    }

    /** Whether {@code e} is about a file that says it holds a workflow: such a file is broken, not something else. */
    public static boolean claimsWorkflow(NotAFlowException e) {
        return e instanceof MissingDefinition;
    }

    private static final class MissingDefinition extends NotAFlowException {

        private static final long serialVersionUID = 1L;

        MissingDefinition(String reason) {
            super(reason);
        }
    }
}
