package dev.flowguard.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.FlowParameter;
import dev.flowguard.flow.JsonPointers;
import dev.flowguard.flow.expr.Expression;
import dev.flowguard.flow.expr.Reference;
import dev.flowguard.flow.expr.ReferenceKind;
import dev.flowguard.flow.expr.Template;
import dev.flowguard.knowledge.ActionTypes;
import dev.flowguard.knowledge.OriginKind;
import dev.flowguard.knowledge.RunHistory;
import dev.flowguard.knowledge.SecretNames;
import dev.flowguard.knowledge.SourceActions;
import dev.flowguard.knowledge.TriggerInputs;
import dev.flowguard.solution.EnvironmentVariableType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value model's one data flow: where every value of a flow may come from, with the way it came. Sources (Key
 * Vault, parameters, the trigger, actions' answers, app settings, what other flows share) are labelled once; a
 * forward fixpoint carries their origins through expressions, Compose, Parse JSON, Select/Filter array/Join/Create
 * table, variables, Foreach items and Scope results, at any depth. Actions may read actions declared later (runAfter
 * decides order, not the file), so it iterates to a fixpoint instead of relying on file order. Connector and HTTP
 * outputs do not carry their inputs' secrets (a response is not the credential that obtained it).
 *
 * <p>Nothing is computed before it is asked for: most flows hold no secret and no credential fed by an expression,
 * and then their expressions are never followed.
 */
final class OriginAnalysis {

    /** Far above what real flows need (chains through variables converge in a handful of rounds). */
    private static final int MAX_ROUNDS = 64;

    /** Functions whose result cannot hold the value: booleans, counts, positions, fresh values. */
    private static final Set<String> NOT_CARRYING = Set.of("length", "empty", "equals", "greater", "greaterorequals",
            "less", "lessorequals", "not", "and", "or", "contains", "startswith", "endswith", "indexof",
            "lastindexof", "nthindexof", "isint", "isfloat", "guid", "utcnow", "rand", "bool");

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    /** A status a Filter array's condition compares with: {@code equals(item()?['status'], 'Failed')}. */
    private static final Pattern COMPARED_STATUS = Pattern.compile("(?i)'(failed|timedout|skipped|cancelled|succeeded|aborted)'");
    private static final Set<String> FAILED_STATUSES = Set.of("failed", "timedout", "skipped", "cancelled", "aborted");
    /** Property names a read passes through on its way to a field: {@code outputs('X')?['body']?['token']}. */
    private static final Set<String> STRUCTURAL = Set.of("body", "outputs", "value");
    private static final String APIM_TOKENS = "X-MS-APIM-Tokens";
    /** How far a read reaches from its call: an action's name, {@code ?['body']} and the fields it reads. */
    private static final int REVEAL_REACH = 600;

    /** Actions whose {@code item()} is an element of their {@code from} array. */
    private static final Set<String> ARRAY_ELEMENT_ACTIONS = Set.of("select", "query", "table");
    private static final Set<String> CONTAINERS = Set.of("scope", "foreach", "until", "if", "switch");

    private final FlowModel model;
    private final Flow flow;
    private final CrossFlow crossFlow;

    /** Actions that yield a secret, with the fields of their outputs that hold it (empty: the whole value). */
    private final Map<String, ActionSource> actionSources = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final List<SecretSource> sources = new ArrayList<>();
    private final Map<String, Origins> parameters = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, Origins> appSettings = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    /** What the request trigger's body holds: its data, and the credentials its caller sends. */
    private Origins trigger = Origins.NONE;
    private FlowNode triggerNode;

    private final Map<String, Origins> outputs = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, Origins> variables = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, Origins> loopItems = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    /** Lower-case types, asked for every action in every round of the fixpoint: lowered once. */
    private final Map<FlowNode, String> types = new IdentityHashMap<>();
    /** The sites of an action under a pointer, found once: the fixpoint asks for them every round. */
    private final Map<FlowNode, Map<String, List<Site>>> under = new IdentityHashMap<>();
    private final Map<Site, Origins> ofSites = new IdentityHashMap<>();
    /** Set once the fixpoint has run: every value is then in the maps above. */
    private boolean propagated;
    /** The values being worked out on demand, to tell a value that feeds itself. */
    private final Set<String> inProgress = new HashSet<>();
    private boolean cyclic;
    private Map<String, List<FlowNode>> writers;
    private Map<FlowNode, List<FlowNode>> children;

    private record ActionSource(OriginKind kind, Set<List<String>> fields, boolean dynamic) {
    }

    OriginAnalysis(FlowModel model, CrossFlow crossFlow) {
        this.model = model;
        this.flow = model.flow();
        this.crossFlow = crossFlow;
        for (FlowNode action : flow.actions()) {
            SourceActions.of(action).ifPresent(source ->
                    actionSources.put(action.name(), new ActionSource(source.kind(), Origin.topLevel(source.fields()),
                            false)));
        }
        crossFlow.childSecretFields().forEach((name, fields) -> flow.action(name).ifPresent(action ->
                actionSources.putIfAbsent(action.name(), new ActionSource(OriginKind.CHILD_FLOW, wholeOrFields(fields),
                        false))));
        for (FlowParameter parameter : flow.parameters().values()) {
            parameters.put(parameter.name(), parameter(parameter));
        }
        findSourcesTheFlowReveals();
        actionSources.forEach((name, source) -> flow.action(name)
                .ifPresent(action -> sources.add(new SecretSource(source.kind(), action.name(), action))));
    }

    /** Every place a secret enters the flow, actions first; the trigger, parameters and app settings after. */
    List<SecretSource> sources() {
        if (!sources.isEmpty()) {
            // a secret environment variable's definition read reveals the values read by its id only as values flow
            propagate();
        }
        List<SecretSource> all = new ArrayList<>(sources);
        all.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        return all;
    }

    private static int rank(SecretSource source) {
        return source.node() == null ? 2 : source.kind() == OriginKind.TRIGGER_INPUT ? 1 : 0;
    }

    boolean hasSecrets() {
        return !sources.isEmpty();
    }

    /** Where the value of {@code site} may come from. */
    Origins of(Site site) {
        Origins known = ofSites.get(site);
        if (known == null) {
            known = answer(() -> evaluateSite(site.node(), site));
            ofSites.put(site, known);
        }
        return known;
    }

    /** Where the value of one expression inside {@code site} may come from (a URI's query value). */
    Origins of(Site site, Expression expression) {
        return answer(() -> evaluate(expression, itemBinding(site.node(), site)));
    }

    /**
     * A flow with secrets has every value followed, to the fixpoint, for the run-history rules. In one without, a
     * question about a credential slot follows only the values that slot reads, back to where they come from; a
     * value that feeds itself through a variable in a loop takes the fixpoint instead.
     */
    private Origins answer(Supplier<Origins> question) {
        if (hasSecrets() || propagated) {
            propagate();
            return question.get();
        }
        cyclic = false;
        Origins answer = question.get();
        if (!cyclic) {
            return answer;
        }
        outputs.clear();
        variables.clear();
        loopItems.clear();
        ofSites.clear();
        propagate();
        return question.get();
    }

    // ---- values, followed on demand or to the fixpoint ------------------------------------------------------------

    /** The outputs of action {@code name}: as the fixpoint has them so far, or worked out now. */
    private Origins outputOf(String name) {
        return valueOf(outputs, "outputs", name, () -> flow.action(name)
                .map(action -> outputsOf(action, typeOf(action))).orElse(Origins.NONE));
    }

    private Origins variableOf(String name) {
        return valueOf(variables, "variable", name, () -> {
            Origins value = Origins.NONE;
            for (FlowNode action : variableWriters(name)) {
                if (action.isType("InitializeVariable")) {
                    JsonNode declared = action.inputs().path("variables");
                    for (int i = 0; i < declared.size(); i++) {
                        if (declared.get(i).path("name").asText("").equalsIgnoreCase(name)) {
                            String at = "/inputs/variables/" + i + "/value";
                            value = value.union(originsUnder(action, at).through(variableStep(action, at, name)));
                        }
                    }
                } else {
                    value = value.union(originsUnder(action, "/inputs/value")
                            .through(variableStep(action, "/inputs/value", name)));
                }
            }
            return value;
        });
    }

    private Origins loopItemOf(String name) {
        return valueOf(loopItems, "loop", name, () -> flow.action(name).filter(action -> typeOf(action).equals("foreach"))
                .map(loop -> originsUnder(loop, "/foreach").through(step(loop, "/foreach", Step.Role.LOOP_ITEM)))
                .orElse(Origins.NONE));
    }

    /**
     * {@code map}'s value for {@code name}: during and after the fixpoint, what it holds; else computed once, with a
     * value being computed that is asked again marking the answer as one the fixpoint must give.
     */
    private Origins valueOf(Map<String, Origins> map, String what, String name, Supplier<Origins> compute) {
        if (propagated) {
            return map.getOrDefault(name, Origins.NONE);
        }
        Origins known = map.get(name);
        if (known != null) {
            return known;
        }
        String key = what + ":" + name.toLowerCase(Locale.ROOT);
        if (!inProgress.add(key)) {
            cyclic = true;
            return Origins.NONE;
        }
        Origins value = compute.get();
        inProgress.remove(key);
        map.put(name, value);
        return value;
    }

    /** The actions that give variable {@code name} a value, found once for all variables. */
    private List<FlowNode> variableWriters(String name) {
        if (writers == null) {
            writers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (FlowNode action : flow.actions()) {
                if (action.isType("InitializeVariable")) {
                    for (JsonNode declared : action.inputs().path("variables")) {
                        writers.computeIfAbsent(declared.path("name").asText(""), k -> new ArrayList<>()).add(action);
                    }
                } else if (ActionTypes.setsVariable(action)) {
                    writers.computeIfAbsent(action.inputs().path("name").asText(""), k -> new ArrayList<>()).add(action);
                }
            }
        }
        return writers.getOrDefault(name, List.of());
    }

    // ---- sources --------------------------------------------------------------------------------------------------

    private Origins parameter(FlowParameter parameter) {
        String name = parameter.name();
        Step at = new Step(null, parameter.jsonPointer(), "parameters('" + name + "')", Step.Role.SOURCE);
        if (parameter.isPlatformParameter()) {
            return Origins.of(Origin.value(OriginKind.PLATFORM_AUTHENTICATION, name, null, at));
        }
        Optional<EnvironmentVariables.Resolved> variable = EnvironmentVariables.resolve(flow, model.solution(), name);
        if (variable.isPresent() && variable.get().isSecretType()) {
            return secretParameter(OriginKind.SECRET_ENVIRONMENT_VARIABLE, name, at);
        }
        if (parameter.isSecureType()) {
            return secretParameter(OriginKind.SECURE_PARAMETER, name, at);
        }
        if (variable.isPresent()) {
            OriginKind kind = variable.get().definition() == null ? OriginKind.ENVIRONMENT_VARIABLE_OF_UNKNOWN_TYPE
                    : OriginKind.ENVIRONMENT_VARIABLE;
            if (variable.get().isSecretLike() && isTextual(parameter, variable.get())) {
                return secretParameter(kind, name, at);
            }
            return Origins.of(Origin.value(kind, name, null, at));
        }
        return Origins.of(Origin.value(OriginKind.PLAIN_PARAMETER, name, null, at));
    }

    private Origins secretParameter(OriginKind kind, String name, Step at) {
        sources.add(new SecretSource(kind, name, null));
        return Origins.of(Origin.secret(kind, name, null, Set.of(), at));
    }

    /** A number, a boolean or a data source holds no credential, whatever it is called. */
    private static boolean isTextual(FlowParameter parameter, EnvironmentVariables.Resolved variable) {
        EnvironmentVariableType type = variable.type();
        if (type != EnvironmentVariableType.UNKNOWN) {
            return type == EnvironmentVariableType.STRING || type == EnvironmentVariableType.JSON;
        }
        String declared = parameter.type() == null ? "" : parameter.type().toLowerCase(Locale.ROOT);
        return declared.isEmpty() || declared.equals("string") || declared.equals("object");
    }

    /**
     * Sources the flow's own expressions reveal: the credential-named fields it reads from its request trigger's body
     * (beside those the trigger's schema names, and those a parent flow fills with a secret), those it reads from
     * actions' answers at any depth, and secret-named app settings. Only strings that hold a secret's name are parsed
     * for it.
     */
    private void findSourcesTheFlowReveals() {
        Set<List<String>> triggerFields = new HashSet<>();
        FlowNode request = flow.triggers().stream().filter(TriggerInputs::receivesCallerData).findFirst().orElse(null);
        if (request != null) {
            triggerFields.addAll(Origin.topLevel(TriggerInputs.schemaCredentials(request)));
            triggerFields.addAll(wholeOrFields(crossFlow.triggerSecretFields()));
        }
        Map<String, Set<List<String>>> answerFields = new LinkedHashMap<>();
        for (Site site : model.sites()) {
            if (!site.isExpression() || !mayReveal(site.value())) {
                continue;
            }
            if (site.value().contains("ppsetting(")) {
                secretAppSettings(site.template());
            }
            for (Reference reference : site.references()) {
                List<String> field = secretFieldRead(reference);
                if (field == null) {
                    continue;
                }
                if (isTriggerRead(reference.kind())) {
                    triggerFields.add(field);
                } else {
                    FlowNode read = reference.kind() == ReferenceKind.ITEMS ? iterated(reference.name())
                            : flow.action(reference.name()).orElse(null);
                    FlowNode action = read == null ? null : answering(read);
                    if (action != null && SourceActions.responds(action) && !actionSources.containsKey(action.name())) {
                        answerFields.computeIfAbsent(action.name(), k -> new HashSet<>()).add(field);
                    }
                }
            }
        }
        triggerNode = request != null ? request : flow.triggers().isEmpty() ? null : flow.triggers().get(0);
        if (triggerNode != null) {
            Step at = new Step(triggerNode, triggerNode.jsonPointer(), triggerNode.name(), Step.Role.SOURCE);
            trigger = Origins.of(Origin.value(OriginKind.TRIGGER_INPUT, triggerNode.name(), triggerNode, at));
            if (request != null && !triggerFields.isEmpty()) {
                sources.add(new SecretSource(OriginKind.TRIGGER_INPUT, request.name(), request));
                trigger = trigger.union(Origins.of(Origin.secret(OriginKind.TRIGGER_INPUT, request.name(), request,
                        triggerFields, at)));
            }
        }
        answerFields.forEach((name, fields) -> flow.action(name).ifPresent(action -> actionSources.put(name,
                new ActionSource(revealedKind(action, fields), fields, false))));
    }

    /**
     * Cheap first look, before a string is parsed for what it reads: only a read of a body or outputs
     * ({@code body()}, {@code triggerBody()}, {@code outputs()}, {@code trigger()}), of a loop's items or of an app
     * setting can reveal a source, and only with a secret's name written after it.
     */
    private static boolean mayReveal(String text) {
        for (int call = text.indexOf('('); call >= 0; call = text.indexOf('(', call + 1)) {
            if ((endsWith(text, call, "ody") || endsWith(text, call, "utputs") || endsWith(text, call, "rigger")
                    || endsWith(text, call, "items") || endsWith(text, call, "ppsetting"))
                    && SecretNames.mayHoldSecretName(text, call, Math.min(text.length(), call + REVEAL_REACH))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} has {@code word} right before position {@code end}. */
    private static boolean endsWith(String text, int end, String word) {
        return end >= word.length() && text.startsWith(word, end - word.length());
    }

    /**
     * What an action is, once the flow reads a credential from its answer: what it answers with, and for a plain
     * response, a token it issued when every credential read from it is a token ({@code access_token}), or a
     * configuration secret another system holds when it is a key or a password.
     */
    private static OriginKind revealedKind(FlowNode action, Set<List<String>> fields) {
        OriginKind kind = SourceActions.answerOf(action);
        if (kind == OriginKind.RESPONSE && fields.stream().allMatch(way -> SecretNames.isIssuedToken(way.get(way.size() - 1)))) {
            return OriginKind.TOKEN_RESPONSE;
        }
        return kind;
    }

    /**
     * The field a reference reads from a body when the path names a credential somewhere: {@code data} of
     * {@code outputs('X')?['body']['data']['session']['accessToken']}, {@code access_token} of
     * {@code body('X')?['body/access_token']}; null when no part of the path is a secret's name.
     */
    private static List<String> secretFieldRead(Reference reference) {
        boolean reads = isTriggerRead(reference.kind()) || reference.kind().namesAction()
                || reference.kind() == ReferenceKind.ITEMS;
        if (!reads || reference.kind() == ReferenceKind.RESULT) {
            return null;
        }
        List<String> path = reference.path();
        if (reference.kind() == ReferenceKind.TRIGGER_OUTPUTS || reference.kind() == ReferenceKind.TRIGGER) {
            // only the body is what the caller sends: the headers carry the platform's own (X-MS-APIM-Tokens)
            int body = path.indexOf("body");
            if (body < 0 || body > 1) {
                return null;
            }
            path = path.subList(body + 1, path.size());
        }
        List<String> way = new ArrayList<>();
        int secretAt = -1;
        for (String element : path) {
            for (String part : element.split("/")) {
                if (part.isEmpty() || way.isEmpty() && STRUCTURAL.contains(part.toLowerCase(Locale.ROOT))
                        || part.equals(Reference.DYNAMIC)) {
                    continue;
                }
                way.add(part);
                if (SecretNames.mayHoldSecretName(part) && SecretNames.isSecret(part)) {
                    secretAt = way.size();
                }
            }
        }
        // the way to the last secret-named field: data/session/accessToken
        return secretAt < 0 ? null : Origin.path(way.subList(0, secretAt));
    }

    private static boolean isTriggerRead(ReferenceKind kind) {
        return kind == ReferenceKind.TRIGGER_BODY || kind == ReferenceKind.TRIGGER_OUTPUTS || kind == ReferenceKind.TRIGGER;
    }

    private void secretAppSettings(Template template) {
        if (template == null || !template.parsed()) {
            return;
        }
        for (Expression expression : template.expressions()) {
            forEachCall(expression, call -> {
                String setting = call.isNamed("appsetting") ? call.literalArgument(0) : null;
                if (setting != null && SecretNames.isSecret(setting) && !appSettings.containsKey(setting)) {
                    appSettings.put(setting, appSetting(setting));
                }
            });
        }
    }

    private Origins appSetting(String setting) {
        Step at = new Step(null, "", "appsetting('" + setting + "')", Step.Role.SOURCE);
        if (SecretNames.isSecret(setting)) {
            sources.add(new SecretSource(OriginKind.APP_SETTING, setting, null));
            return Origins.of(Origin.secret(OriginKind.APP_SETTING, setting, null, Set.of(), at));
        }
        return Origins.of(Origin.value(OriginKind.APP_SETTING, setting, null, at));
    }

    private static void forEachCall(Expression expression, java.util.function.Consumer<Expression.Call> visit) {
        if (expression instanceof Expression.Call call) {
            visit.accept(call);
            call.arguments().forEach(argument -> forEachCall(argument, visit));
        } else if (expression instanceof Expression.Member member) {
            forEachCall(member.target(), visit);
            forEachCall(member.key(), visit);
        }
    }

    /** The whole value when it is the secret ({@link CrossFlow#WHOLE}): reading any part of it carries it. */
    private static Set<List<String>> wholeOrFields(Set<String> fields) {
        return fields.contains(CrossFlow.WHOLE) ? Set.of(List.of()) : Origin.topLevel(fields);
    }

    /**
     * The action whose answer a Foreach loops over ({@code body('List_rows')?['value']}), so that a secret-named
     * column read from the loop's items makes that action a source; null when the loop reads no one action.
     */
    private FlowNode iterated(String loop) {
        FlowNode foreach = loop == null ? null : flow.action(loop).filter(a -> a.isType("Foreach")).orElse(null);
        Site over = foreach == null ? null : model.site(foreach, "/foreach");
        if (over == null || over.template() == null) {
            return null;
        }
        FlowNode read = null;
        for (Reference reference : over.references()) {
            if (reference.kind() != ReferenceKind.ACTION_BODY && reference.kind() != ReferenceKind.ACTION_OUTPUTS
                    || read != null) {
                return null;
            }
            read = flow.action(reference.name()).orElse(null);
        }
        return read;
    }

    /** The action a Parse JSON or Compose passes on the answer of, one step back; else the action itself. */
    private FlowNode answering(FlowNode action) {
        String input = action.isType("ParseJson") ? action.inputs().path("content").asText("")
                : action.isType("Compose") ? action.inputs().asText("") : null;
        if (input == null || input.indexOf('@') < 0) {
            return action;
        }
        Site site = model.site(action, action.isType("ParseJson") ? "/inputs/content" : "/inputs");
        if (site == null || site.template() == null || !site.template().parsed()) {
            return action;
        }
        List<Expression> expressions = site.template().expressions();
        if (expressions.size() != 1 || site.template().parts().size() != 1) {
            return action;
        }
        Expression expression = expressions.get(0);
        // body('X') or outputs('X')?['body']
        if (expression instanceof Expression.Member member && "body".equalsIgnoreCase(member.literalKey())) {
            expression = member.target();
        }
        if (expression instanceof Expression.Call call && ReferenceKind.ofFunction(call.name())
                .filter(kind -> kind == ReferenceKind.ACTION_BODY || kind == ReferenceKind.ACTION_OUTPUTS).isPresent()) {
            return flow.action(call.literalArgument(0)).orElse(action);
        }
        return action;
    }

    // ---- the fixpoint ---------------------------------------------------------------------------------------------

    private void propagate() {
        if (propagated) {
            return;
        }
        propagated = true;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean changed = false;
            for (FlowNode action : flow.actions()) {
                changed |= step(action);
            }
            if (!changed) {
                return;
            }
        }
    }

    /** One action's effect on outputs, variables and loop items; true when anything grew. */
    private boolean step(FlowNode action) {
        String type = typeOf(action);
        boolean changed = false;
        switch (type) {
            case "foreach" -> changed |= grow(loopItems, action.name(),
                    originsUnder(action, "/foreach").through(step(action, "/foreach", Step.Role.LOOP_ITEM)));
            case "initializevariable" -> {
                JsonNode declared = action.inputs().path("variables");
                for (int i = 0; i < declared.size(); i++) {
                    String name = declared.get(i).path("name").asText("");
                    String at = "/inputs/variables/" + i + "/value";
                    changed |= grow(variables, name, originsUnder(action, at).through(variableStep(action, at, name)));
                }
            }
            case "setvariable", "appendtostringvariable", "appendtoarrayvariable" -> changed |= grow(variables,
                    action.inputs().path("name").asText(""),
                    originsUnder(action, "/inputs/value").through(variableStep(action, "/inputs/value",
                            action.inputs().path("name").asText(""))));
            default -> {
            }
        }
        return changed | grow(outputs, action.name(), outputsOf(action, type));
    }

    private static Step variableStep(FlowNode action, String relativePointer, String variable) {
        return new Step(action, action.jsonPointer() + relativePointer, action.name(), Step.Role.VARIABLE, variable);
    }

    private static Step step(FlowNode action, String relativePointer, Step.Role role) {
        return new Step(action, action.jsonPointer() + relativePointer, action.name(), role);
    }

    private Origins outputsOf(FlowNode action, String type) {
        ActionSource source = actionSources.get(action.name());
        if (source != null) {
            return sourceOutputs(action, source);
        }
        if (SourceActions.isEnvironmentVariableRead(action, SourceActions.ENVIRONMENT_VARIABLE_VALUES)
                && originsUnder(action, "/inputs").carriesReference()) {
            // values looked up by the id of a secret variable's definition: the CoE Starter Kit's pattern
            ActionSource dynamic = new ActionSource(OriginKind.ENVIRONMENT_VARIABLE_TABLE, Set.of(List.of("value")),
                    true);
            if (actionSources.putIfAbsent(action.name(), dynamic) == null) {
                sources.add(new SecretSource(dynamic.kind(), action.name(), action));
            }
            return sourceOutputs(action, dynamic);
        }
        Step passed = step(action, "/inputs", Step.Role.OUTPUTS);
        return switch (type) {
            case "compose" -> shaped(action, "/inputs").through(passed);
            case "parsejson" -> originsUnder(action, "/inputs/content").through(passed);
            case "select" -> shaped(action, "/inputs/select").through(passed);
            case "query" -> keepsOnlyFailures(action)
                    ? originsUnder(action, "/inputs/from").ofFailedResults().through(passed)
                    : originsUnder(action, "/inputs/from").through(passed);
            case "table", "join" -> originsUnder(action, "/inputs/from").through(passed);
            case "scope", "foreach", "until", "if", "switch" -> childrenOutputs(action);
            default -> answer(action);
        };
    }

    /** What a source action's outputs hold: the secret in its fields, and data of the same origin elsewhere. */
    private Origins sourceOutputs(FlowNode action, ActionSource source) {
        Step at = new Step(action, action.jsonPointer(), action.name(), Step.Role.SOURCE);
        Origins origins = Origins.of(Origin.secret(source.kind(), action.name(), action, source.fields(), at))
                .union(Origins.of(Origin.value(source.kind(), action.name(), action, at)));
        if (SourceActions.isEnvironmentVariableRead(action, SourceActions.ENVIRONMENT_VARIABLE_DEFINITIONS)) {
            origins = origins.union(Origins.of(new Origin(source.kind(), action.name(), action,
                    Origin.Carries.SECRET_REFERENCE, Set.of(List.of("environmentvariabledefinitionid")), List.of(at), false)));
        }
        return origins;
    }

    /** What an action that is no source answers with: data of its kind, or nothing for a built-in one. */
    private static Origins answer(FlowNode action) {
        OriginKind kind = SourceActions.answerOf(action);
        if (kind == null) {
            return Origins.NONE;
        }
        return Origins.of(Origin.value(kind, action.name(), action,
                new Step(action, action.jsonPointer(), action.name(), Step.Role.SOURCE)));
    }

    /**
     * The origins of the value an object literal builds: a secret under property {@code key} is found again by
     * reading {@code key}, not by reading its siblings.
     */
    private Origins shaped(FlowNode action, String relativePointer) {
        JsonNode value = action.json().at(relativePointer);
        if (!value.isObject()) {
            return originsUnder(action, relativePointer);
        }
        Origins origins = Origins.NONE;
        Iterator<String> fields = value.fieldNames();
        while (fields.hasNext()) {
            String key = fields.next();
            origins = origins.union(originsUnder(action, relativePointer + "/" + JsonPointers.escape(key)).under(key));
        }
        return origins;
    }

    private String typeOf(FlowNode action) {
        return types.computeIfAbsent(action, RunHistory::type);
    }

    /**
     * A Filter array whose condition keeps only items of a failed status ({@code Failed}, {@code TimedOut},
     * {@code Skipped}, {@code Cancelled}), as a try/catch error report over {@code result('Try')} has it.
     */
    private static boolean keepsOnlyFailures(FlowNode filter) {
        String where = filter.inputs().path("where").asText("");
        if (!where.toLowerCase(Locale.ROOT).contains("'status'")) {
            return false;
        }
        Matcher compared = COMPARED_STATUS.matcher(where);
        boolean any = false;
        while (compared.find()) {
            if (!FAILED_STATUSES.contains(compared.group(1).toLowerCase(Locale.ROOT))) {
                return false;
            }
            any = true;
        }
        return any && !where.toLowerCase(Locale.ROOT).contains("not(");
    }

    /**
     * What {@code result('Scope')} returns: the outputs of the actions inside, each as run history shows it. A
     * secret of an action whose outputs are secured stays hidden from the reader of the result, as it is from a
     * reader of the action's outputs (Microsoft's obfuscation rule applies per action).
     */
    private Origins childrenOutputs(FlowNode container) {
        Origins origins = Origins.NONE;
        for (FlowNode action : children(container)) {
            Origins child = outputOf(action.name());
            origins = origins.union(CONTAINERS.contains(typeOf(action)) ? child
                    : child.viaHidden(RunHistory.hidesReadersInputs(action)));
        }
        return origins.along(new Step(container, container.jsonPointer(), container.name(), Step.Role.SCOPE_RESULT));
    }

    /** The actions right inside a container, found once for all of them: the fixpoint asks every round. */
    private List<FlowNode> children(FlowNode container) {
        if (children == null) {
            children = new IdentityHashMap<>();
            Map<List<String>, FlowNode> byPath = new HashMap<>();
            for (FlowNode action : flow.actions()) {
                byPath.put(action.path(), action);
            }
            for (FlowNode action : flow.actions()) {
                List<String> path = action.path();
                FlowNode parent = path.size() > 1 ? byPath.get(path.subList(0, path.size() - 1)) : null;
                if (parent != null) {
                    children.computeIfAbsent(parent, k -> new ArrayList<>()).add(action);
                }
            }
        }
        return children.getOrDefault(container, List.of());
    }

    private static boolean grow(Map<String, Origins> map, String key, Origins addition) {
        if (addition.isEmpty()) {
            return false;
        }
        Origins before = map.getOrDefault(key, Origins.NONE);
        Origins after = before.union(addition);
        if (after.keys().equals(before.keys())) {
            return false;
        }
        map.put(key, after);
        return true;
    }

    /** The origins of every string of {@code action} at or under {@code relativePrefix}. */
    private Origins originsUnder(FlowNode action, String relativePrefix) {
        Origins origins = Origins.NONE;
        for (Site site : sitesUnder(action, relativePrefix)) {
            origins = origins.union(evaluateSite(action, site));
        }
        return origins;
    }

    private List<Site> sitesUnder(FlowNode action, String relativePrefix) {
        return under.computeIfAbsent(action, k -> new HashMap<>()).computeIfAbsent(relativePrefix, prefix -> {
            String pointer = action.jsonPointer() + prefix;
            List<Site> found = new ArrayList<>(1);
            for (Site site : model.expressionSitesOf(action)) {
                String at = site.pointer();
                if (at.equals(pointer) || at.startsWith(pointer) && at.charAt(pointer.length()) == '/') {
                    found.add(site);
                }
            }
            return found;
        });
    }

    // ---- evaluation -----------------------------------------------------------------------------------------------

    private Origins evaluateSite(FlowNode action, Site site) {
        if (!site.isExpression()) {
            return Origins.NONE;
        }
        Template template = site.template();
        if (!template.parsed()) {
            return guess(template.source());
        }
        Origins item = itemBinding(action, site);
        Origins origins = Origins.NONE;
        for (Expression expression : template.expressions()) {
            origins = origins.union(evaluate(expression, item));
        }
        return origins;
    }

    /**
     * For a string the parser could not read: every quoted name in it that is an action, variable or parameter with
     * origins is assumed read. Over-reporting here beats missing a secret; FG201 stays quiet about it.
     */
    private Origins guess(String text) {
        Origins origins = Origins.of(Origin.value(OriginKind.UNPARSED, "", null, new Step(null, "", "", Step.Role.SOURCE)));
        Matcher matcher = QUOTED.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (flow.action(name).isPresent()) {
                origins = origins.union(outputOf(name)).union(loopItemOf(name));
            }
            origins = origins.union(variableOf(name)).union(parameters.getOrDefault(name, Origins.NONE));
        }
        return origins.viaHidden(false);
    }

    /** What {@code item()} stands for in this string: the Select/Filter array element, or the loop's. */
    private Origins itemBinding(FlowNode action, Site site) {
        if (action == null) {
            return Origins.NONE;
        }
        if (ARRAY_ELEMENT_ACTIONS.contains(typeOf(action))) {
            String from = action.jsonPointer() + "/inputs/from";
            String at = site.pointer();
            boolean inFrom = at.equals(from) || at.startsWith(from + "/");
            if (!inFrom) {
                return originsUnder(action, "/inputs/from");
            }
        }
        List<String> path = action.path();
        for (int i = path.size() - 2; i >= 0; i--) {
            FlowNode ancestor = flow.action(path.get(i)).orElse(null);
            if (ancestor != null && typeOf(ancestor).equals("foreach")) {
                return loopItemOf(ancestor.name());
            }
        }
        return Origins.NONE;
    }

    private Origins evaluate(Expression expression, Origins item) {
        if (expression instanceof Expression.Member member) {
            if (isConnectorKey(member)) {
                return Origins.of(Origin.value(OriginKind.PLATFORM_AUTHENTICATION, APIM_TOKENS, null,
                        new Step(null, "", "the connector's " + APIM_TOKENS, Step.Role.SOURCE)));
            }
            String key = member.literalKey();
            return evaluate(member.target(), item).read(key == null ? Reference.DYNAMIC : key);
        }
        if (!(expression instanceof Expression.Call call)) {
            return Origins.NONE;
        }
        Optional<ReferenceKind> reference = ReferenceKind.ofFunction(call.name());
        if (reference.isPresent()) {
            return read(reference.get(), call, item);
        }
        String name = call.name().toLowerCase(Locale.ROOT);
        if (NOT_CARRYING.contains(name)) {
            return Origins.NONE;
        }
        if (name.equals("appsetting")) {
            String setting = call.literalArgument(0);
            return setting == null ? Origins.NONE : appSettings.computeIfAbsent(setting, this::appSetting);
        }
        List<Expression> arguments = call.arguments();
        // if(condition, a, b) yields a or b, never the condition
        int first = name.equals("if") && arguments.size() == 3 ? 1 : 0;
        Origins origins = Origins.NONE;
        for (int i = first; i < arguments.size(); i++) {
            origins = origins.union(evaluate(arguments.get(i), item));
        }
        return origins;
    }

    /** {@code triggerOutputs()?['headers']?['X-MS-APIM-Tokens']…}: a custom connector's Raw authentication. */
    private static boolean isConnectorKey(Expression.Member member) {
        List<String> keys = new ArrayList<>();
        Expression root = member;
        while (root instanceof Expression.Member m) {
            keys.add(0, m.literalKey() == null ? "" : m.literalKey());
            root = m.target();
        }
        if (!(root instanceof Expression.Call call) || !call.isNamed("triggerOutputs") && !call.isNamed("trigger")) {
            return false;
        }
        int headers = keys.indexOf("headers");
        return headers >= 0 && headers + 1 < keys.size() && keys.get(headers + 1).equalsIgnoreCase(APIM_TOKENS);
    }

    private Origins read(ReferenceKind kind, Expression.Call call, Origins item) {
        if (kind == ReferenceKind.ITEM) {
            return item;
        }
        if (kind == ReferenceKind.TRIGGER_BODY || kind == ReferenceKind.TRIGGER_OUTPUTS || kind == ReferenceKind.TRIGGER) {
            return triggerNode == null ? Origins.NONE : trigger.viaHidden(RunHistory.hidesReadersInputs(triggerNode));
        }
        if (kind == ReferenceKind.WORKFLOW || kind == ReferenceKind.ITERATION_INDEXES
                || kind == ReferenceKind.CURRENT_ACTION) {
            return other(call.name() + "()");
        }
        String name = call.literalArgument(0);
        if (name == null) {
            return other(call.name() + "() of a name computed at run time");
        }
        if (kind.namesAction()) {
            FlowNode target = flow.action(name).orElse(null);
            if (target == null) {
                return other("the outputs of '" + name + "', which the flow does not have");
            }
            Origins value = outputOf(name);
            // a Scope's result keeps how each action inside shows its secret; anything else is as its action shows it
            return CONTAINERS.contains(typeOf(target)) ? value : value.viaHidden(RunHistory.hidesReadersInputs(target));
        }
        return switch (kind) {
            case ITEMS -> loopItemOf(name);
            case VARIABLE -> variableOf(name);
            case PARAMETER -> parameters.computeIfAbsent(name, this::undeclaredParameter);
            default -> Origins.NONE;
        };
    }

    /** {@code parameters('x')} the definition does not declare: the platform's own, or set outside the flow. */
    private Origins undeclaredParameter(String name) {
        Step at = new Step(null, "", "parameters('" + name + "')", Step.Role.SOURCE);
        return Origins.of(Origin.value(FlowParameter.isPlatformParameter(name) ? OriginKind.PLATFORM_AUTHENTICATION
                : OriginKind.EXTERNAL_PARAMETER, name, null, at));
    }

    private static Origins other(String what) {
        return Origins.of(Origin.value(OriginKind.OTHER, what, null, new Step(null, "", what, Step.Role.SOURCE)));
    }

}
