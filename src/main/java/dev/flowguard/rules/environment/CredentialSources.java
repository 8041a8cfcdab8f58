package dev.flowguard.rules.environment;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.FlowParameter;
import dev.flowguard.flow.FlowString;
import dev.flowguard.flow.FlowStrings;
import dev.flowguard.flow.expr.Expression;
import dev.flowguard.flow.expr.Expression.Call;
import dev.flowguard.flow.expr.Expression.Member;
import dev.flowguard.flow.expr.ExpressionParser;
import dev.flowguard.flow.expr.JsonExpressions;
import dev.flowguard.flow.expr.ReferenceKind;
import dev.flowguard.flow.expr.Template;
import dev.flowguard.knowledge.SourceActions;
import dev.flowguard.solution.Solution;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Classifies where the value of an expression comes from. It follows what a reviewer would: a variable to
 * the values it is initialised and set to (one level), a Compose or Parse JSON to its input, a loop item to
 * what the loop iterates; and it knows the secret stores: Secret environment variables, secure parameters,
 * Key Vault Get secret, Dataverse RetrieveEnvironmentVariableSecretValue.
 */
public final class CredentialSources {

    /** Variables are followed one level, pass-through actions a few: enough for real flows, bounded for crafted ones. */
    private static final int MAX_DEPTH = 3;

    private final Flow flow;
    private final EnvironmentVariables environmentVariables;

    public CredentialSources(Flow flow, Solution solution) {
        this.flow = flow;
        this.environmentVariables = new EnvironmentVariables(flow, solution);
    }

    public EnvironmentVariables environmentVariables() {
        return environmentVariables;
    }

    /** The source of a JSON string as the runtime evaluates it; text around expressions ("Bearer ") is ignored. */
    public Source ofText(String text) {
        Template template = ExpressionParser.parseTemplate(text);
        if (!template.hasExpressions()) {
            return Source.LITERAL;
        }
        if (!template.parsed()) {
            // conservative: an expression flowguard cannot read is not reported as coming from the wrong place
            return Source.of(Source.Kind.UNPARSED, "an expression flowguard cannot parse");
        }
        return ofExpressions(template.expressions(), 0);
    }

    public Source of(Expression expression) {
        return classify(expression, 0);
    }

    private Source ofExpressions(List<Expression> expressions, int depth) {
        List<Source> sources = new ArrayList<>();
        for (Expression expression : expressions) {
            sources.add(classify(expression, depth));
        }
        return combined(sources);
    }

    private Source classify(Expression expression, int depth) {
        if (expression instanceof Member member) {
            List<String> path = new ArrayList<>();
            Expression root = member;
            while (root instanceof Member m) {
                String key = m.literalKey();
                path.add(0, key == null ? "*" : key);
                root = m.target();
            }
            if (root instanceof Call call && ReferenceKind.ofFunction(call.name()).isPresent()) {
                return reference(ReferenceKind.ofFunction(call.name()).get(), call, path, depth);
            }
            return classify(root, depth);
        }
        if (expression instanceof Call call) {
            Optional<ReferenceKind> kind = ReferenceKind.ofFunction(call.name());
            if (kind.isPresent()) {
                return reference(kind.get(), call, List.of(), depth);
            }
            if (call.isNamed("if") && call.arguments().size() == 3) {
                // the condition chooses the value, it is not part of it
                return alternatives(List.of(classify(call.arguments().get(1), depth),
                        classify(call.arguments().get(2), depth)));
            }
            return ofExpressions(call.arguments(), depth);
        }
        return Source.LITERAL;
    }

    private Source reference(ReferenceKind kind, Call call, List<String> path, int depth) {
        String name = call.literalArgument(0);
        return switch (kind) {
            case PARAMETER -> parameter(name);
            case ACTION_BODY, ACTION_OUTPUTS, ACTION, RESULT -> action(name, depth);
            case VARIABLE -> variable(name, depth);
            case TRIGGER_OUTPUTS, TRIGGER -> isConnectorKey(path) || isConnectorKey(path.size() > 1 ? path.subList(1, path.size()) : List.of())
                    ? Source.of(Source.Kind.PLATFORM_AUTHENTICATION, "the connector's own key")
                    : Source.of(Source.Kind.TRIGGER_INPUT, "the trigger's input (" + call.name() + "())");
            case TRIGGER_BODY -> Source.of(Source.Kind.TRIGGER_INPUT, "the trigger's input (" + call.name() + "())");
            case ITEMS -> loopItem(name, depth);
            case ITEM -> Source.of(Source.Kind.OTHER, "the current item of a loop (item())");
            default -> Source.of(Source.Kind.OTHER, call.name() + "()");
        };
    }

    /** {@code triggerOutputs().headers['X-MS-APIM-Tokens']}: the custom connector's Raw authentication. */
    private static boolean isConnectorKey(List<String> path) {
        return path.size() >= 2 && path.get(0).equalsIgnoreCase("headers") && path.get(1).equalsIgnoreCase("X-MS-APIM-Tokens");
    }

    private Source parameter(String name) {
        if (name == null) {
            return Source.of(Source.Kind.OTHER, "a parameter whose name is computed at run time");
        }
        if (name.startsWith("$")) {
            return Source.of(Source.Kind.PLATFORM_AUTHENTICATION, "the platform's parameter '" + name + "'");
        }
        Optional<FlowParameter> declared = flow.parameter(name);
        if (declared.isEmpty()) {
            return Source.of(Source.Kind.EXTERNAL_PARAMETER, "parameter '" + name + "' set outside the flow");
        }
        FlowParameter parameter = declared.get();
        Optional<EnvironmentVariables.Resolved> variable = environmentVariables.resolve(name);
        if (variable.isPresent()) {
            EnvironmentVariables.Resolved resolved = variable.get();
            if (resolved.isSecretType()) {
                return Source.of(Source.Kind.SECRET_ENVIRONMENT_VARIABLE, "Secret environment variable " + resolved.label());
            }
            if (parameter.isSecureType()) {
                return Source.of(Source.Kind.SECURE_PARAMETER, "secure parameter '" + name + "'");
            }
            if (resolved.definition() == null) {
                return Source.of(Source.Kind.ENVIRONMENT_VARIABLE_OF_UNKNOWN_TYPE, "environment variable " + resolved.label());
            }
            return new Source(Source.Kind.PLAIN_ENVIRONMENT_VARIABLE, "environment variable " + resolved.label()
                    + " of type " + EnvironmentVariables.typeName(resolved.type()), resolved);
        }
        if (parameter.isSecureType()) {
            return Source.of(Source.Kind.SECURE_PARAMETER, "secure parameter '" + name + "'");
        }
        return Source.of(Source.Kind.PLAIN_PARAMETER, "parameter '" + name + "' of type "
                + (parameter.type() == null ? "unknown" : parameter.type()) + " (not securestring)");
    }

    private Source action(String name, int depth) {
        if (name == null) {
            return Source.of(Source.Kind.OTHER, "the output of an action whose name is computed at run time");
        }
        Optional<FlowNode> found = flow.action(name);
        if (found.isEmpty()) {
            return Source.of(Source.Kind.OTHER, "the output of '" + name + "', which the flow does not have");
        }
        FlowNode action = found.get();
        if (SourceActions.isKeyVaultGetSecret(action)) {
            return Source.of(Source.Kind.KEY_VAULT_READ, "Key Vault secret read by '" + name + "'");
        }
        if (SourceActions.isEnvironmentVariableSecretRead(action)) {
            return Source.of(Source.Kind.SECRET_ENVIRONMENT_VARIABLE_READ, "Secret environment variable read by '" + name + "'");
        }
        if (SourceActions.isEnvironmentVariableTableRead(action)) {
            return Source.of(Source.Kind.PLAIN_ENVIRONMENT_VARIABLE,
                    "environment variable value read from Dataverse by '" + name + "'");
        }
        if (depth < MAX_DEPTH && (action.isType("Compose") || action.isType("ParseJson"))) {
            JsonNode input = action.isType("ParseJson") ? action.inputs().path("content") : action.inputs();
            Source inner = ofJson(input, action.pointerTo("inputs"), depth + 1);
            return inner.verdict() == Source.Verdict.NOT_A_SECRET_STORE
                    ? inner.via("'" + name + "' (" + action.type() + ") of ") : inner;
        }
        if (SourceActions.isTokenRequest(action)) {
            return Source.of(Source.Kind.ISSUED_TOKEN, "the token issued to '" + name + "'");
        }
        if (SourceActions.isRecordRead(action)) {
            return Source.of(Source.Kind.STORED_DATA, "data read by '" + name + "'");
        }
        if (action.isType("Workflow")) {
            return Source.of(Source.Kind.CHILD_FLOW_OUTPUT, "the answer of child flow action '" + name + "'");
        }
        String what = action.isType("Http") ? "the response of HTTP action '" + name + "'"
                : "the output of " + (action.type().isEmpty() ? "" : action.type() + " ") + "action '" + name + "'";
        return Source.of(Source.Kind.ACTION_OUTPUT, what);
    }

    private Source ofJson(JsonNode node, String pointer, int depth) {
        if (node.isTextual()) {
            Template template = ExpressionParser.parseTemplate(node.asText());
            return template.parsed() && template.hasExpressions() ? ofExpressions(template.expressions(), depth) : Source.LITERAL;
        }
        List<Expression> expressions = new ArrayList<>();
        for (FlowString string : FlowStrings.within(node, pointer)) {
            if (JsonExpressions.mayHoldExpression(string.value())) {
                Template template = ExpressionParser.parseTemplate(string.value());
                if (template.parsed()) {
                    expressions.addAll(template.expressions());
                }
            }
        }
        return ofExpressions(expressions, depth);
    }

    private Source variable(String name, int depth) {
        if (name == null) {
            return Source.of(Source.Kind.VARIABLE, "a variable whose name is computed at run time");
        }
        String label = "variable '" + name + "'";
        if (depth >= 1) {
            return Source.of(Source.Kind.VARIABLE, label);
        }
        List<Source> assigned = new ArrayList<>();
        for (JsonNode value : VariableAssignments.valuesAssignedTo(flow, name)) {
            assigned.add(ofJson(value, "", depth + 1));
        }
        if (assigned.isEmpty()) {
            return Source.of(Source.Kind.VARIABLE, label + ", which no action sets");
        }
        Source source = alternatives(assigned);
        return switch (source.verdict()) {
            case NOT_A_SECRET_STORE -> source.via(label + ", set from ");
            case LITERAL -> Source.LITERAL;
            default -> source;
        };
    }

    private Source loopItem(String loop, int depth) {
        Optional<FlowNode> found = loop == null ? Optional.empty() : flow.action(loop);
        if (found.isEmpty() || depth >= MAX_DEPTH) {
            return Source.of(Source.Kind.OTHER, "the current item of loop '" + loop + "'");
        }
        Source source = ofJson(found.get().json().path("foreach"), found.get().pointerTo("foreach"), depth + 1);
        return source.verdict() == Source.Verdict.NOT_A_SECRET_STORE
                ? source.via("the current item of loop '" + loop + "' over ") : source;
    }

    /** Parts of one value ({@code concat(a, b)}): one part from a secret store makes the whole value a secret's. */
    static Source combined(List<Source> parts) {
        for (Source.Verdict verdict : List.of(Source.Verdict.SECRET_STORE, Source.Verdict.PLAIN_ENVIRONMENT_VARIABLE,
                Source.Verdict.DATA, Source.Verdict.UNKNOWN, Source.Verdict.NOT_A_SECRET_STORE)) {
            for (Source part : parts) {
                if (part.verdict() == verdict) {
                    return part;
                }
            }
        }
        return Source.LITERAL;
    }

    /** Values one of which is used ({@code if}, several Set variable): the weakest decides. */
    static Source alternatives(List<Source> options) {
        for (Source.Verdict verdict : List.of(Source.Verdict.NOT_A_SECRET_STORE, Source.Verdict.PLAIN_ENVIRONMENT_VARIABLE,
                Source.Verdict.UNKNOWN, Source.Verdict.DATA, Source.Verdict.SECRET_STORE)) {
            for (Source option : options) {
                if (option.verdict() == verdict) {
                    return option;
                }
            }
        }
        return Source.LITERAL;
    }
}
