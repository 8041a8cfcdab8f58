package dev.flowguard.rules.exposure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.FlowString;
import dev.flowguard.flow.FlowStrings;
import dev.flowguard.flow.JsonPointers;
import dev.flowguard.flow.expr.Expression;
import dev.flowguard.flow.expr.ExpressionParser;
import dev.flowguard.flow.expr.ExpressionSite;
import dev.flowguard.flow.expr.JsonExpressions;
import dev.flowguard.flow.expr.Reference;
import dev.flowguard.flow.expr.ReferenceKind;
import dev.flowguard.knowledge.AppSettings;
import dev.flowguard.knowledge.ResponseFields;
import dev.flowguard.knowledge.RunHistory;
import dev.flowguard.knowledge.SecretNames;
import dev.flowguard.knowledge.SourceActions;
import dev.flowguard.knowledge.SourceKind;
import dev.flowguard.knowledge.TriggerInputs;
import dev.flowguard.rules.CrossFlow;
import dev.flowguard.solution.Solution;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows every secret from where it enters a flow to every action that receives it: through expressions,
 * Compose, Parse JSON, Select/Filter array/Join/Create table, variables, Foreach items, Scope results, at any
 * depth. Actions may read actions declared later (runAfter decides order, not the file), so it iterates to a
 * fixpoint instead of relying on file order. Connector and HTTP outputs do not carry their inputs' secrets
 * (a response is not the credential that obtained it), except where the action is itself a source.
 */
public final class ExposureAnalysis {

    /** Far above what real flows need (chains through variables converge in a handful of rounds). */
    private static final int MAX_ROUNDS = 64;

    /** Functions whose result cannot hold the secret: booleans, counts, positions, fresh values. */
    private static final Set<String> NOT_CARRYING = Set.of("length", "empty", "equals", "greater", "greaterorequals",
            "less", "lessorequals", "not", "and", "or", "contains", "startswith", "endswith", "indexof",
            "lastindexof", "nthindexof", "isint", "isfloat", "guid", "utcnow", "rand", "bool");

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    /** A status a Filter array's condition compares with: {@code equals(item()?['status'], 'Failed')}. */
    private static final Pattern COMPARED_STATUS = Pattern.compile("(?i)'(failed|timedout|skipped|cancelled|succeeded|aborted)'");
    private static final Set<String> FAILED_STATUSES = Set.of("failed", "timedout", "skipped", "cancelled", "aborted");
    /** A whole value that is another action's response: {@code @body('HTTP')}, {@code @{outputs('X')?['body']}}. */
    private static final Pattern DIRECT_READ = Pattern.compile(
            "(?i)@\\{?\\s*(?:body|outputs)\\(\\s*'([^']+)'\\s*\\)(?:\\s*\\?)?(?:\\s*\\[\\s*'body'\\s*\\])?\\s*}?");

    /** Actions whose {@code item()} is an element of their {@code from} array. */
    private static final Set<String> ARRAY_ELEMENT_ACTIONS = Set.of("select", "query", "table");

    private final List<FlowNode> actions;
    /** Triggers receive secrets too (a polling HTTP trigger's key), though nothing reads their outputs here. */
    private final List<FlowNode> triggers;
    private final Flow flow;
    /** By identity: every node of the flow is its own instance, and identity needs no hashing of pointers. */
    private final Map<FlowNode, List<ExpressionSite>> sites = new IdentityHashMap<>();
    /** Lower-case types, asked for every action in every round of the fixpoint: lowered once. */
    private final Map<FlowNode, String> types = new IdentityHashMap<>();
    private final Map<String, Taint> parameters = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, Taint> outputs = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, Taint> variables = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, Taint> loopItems = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, SecretSources.Found> staticSources = new LinkedHashMap<>();
    private final Map<String, SecretSource> dynamicSources = new LinkedHashMap<>();
    private final List<SecretSource> parameterSources = new ArrayList<>();
    /** Request triggers whose caller sends a credential, with what their body holds. */
    private final Map<String, Taint> triggerTaints = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final List<SecretSource> triggerSources = new ArrayList<>();
    /** Logic Apps Standard app settings named like a secret that the flow reads with appsetting('…'). */
    private final Map<String, Taint> appSettings = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final List<SecretSource> appSettingSources = new ArrayList<>();

    /** Expressions that could not be parsed, in node order. */
    private final List<Exposure.Unparsed> unparsed = new ArrayList<>();

    private ExposureAnalysis(Flow flow, Solution solution, FlowStrings strings, CrossFlow crossFlow) {
        this.flow = flow;
        this.actions = flow.actions();
        this.triggers = flow.triggers();
        for (FlowNode action : actions) {
            SecretSources.ofAction(action).ifPresent(found -> staticSources.put(action.name(), found));
        }
        for (SecretSources.Found found : SecretSources.ofParameters(flow, solution)) {
            parameterSources.add(found.source());
            parameters.put(found.source().name(), Taint.of(Trace.at(found.source(), Trace.Label.SECRET, found.fields())));
        }
        findSourcesTheFlowReveals(strings, crossFlow);
        List<FlowNode> nodes = new ArrayList<>(triggers);
        nodes.addAll(actions);
        for (FlowNode node : nodes) {
            if (hasSecrets()) {
                List<ExpressionSite> nodeSites = JsonExpressions.scan(node, strings);
                sites.put(node, nodeSites);
                nodeSites.stream().filter(site -> !site.parsed()).forEach(site ->
                        unparsed.add(new Exposure.Unparsed(node, site.jsonPointer(), site.template().problem())));
            } else {
                // nothing to follow: whether each expression parses is all that is asked of it
                sites.put(node, List.of());
                for (FlowString string : JsonExpressions.candidates(node, strings)) {
                    String problem = ExpressionParser.problem(string.value());
                    if (problem != null) {
                        unparsed.add(new Exposure.Unparsed(node, string.pointer(), problem));
                    }
                }
            }
        }
    }

    public static Exposure analyze(Flow flow, Solution solution) {
        return analyze(flow, solution, FlowStrings.of(flow));
    }

    /** @param strings the flow's strings, shared with the other rules */
    public static Exposure analyze(Flow flow, Solution solution, FlowStrings strings) {
        return analyze(flow, solution, strings, CrossFlow.NONE);
    }

    /** @param crossFlow the secrets the solution's other flows send this one or hand back to it */
    public static Exposure analyze(Flow flow, Solution solution, FlowStrings strings, CrossFlow crossFlow) {
        ExposureAnalysis analysis = new ExposureAnalysis(flow, solution, strings, crossFlow);
        if (analysis.hasSecrets()) {
            analysis.propagate();
        }
        return analysis.result();
    }

    /**
     * Whether anything can be tainted: every taint starts at a static or parameter source (dynamic sources are
     * only found through the reference a static one yields). Most flows have none, and then following values
     * is wasted work; their literal credentials and unparsed expressions are still reported.
     */
    private boolean hasSecrets() {
        return !staticSources.isEmpty() || !parameterSources.isEmpty() || !triggerSources.isEmpty()
                || !appSettingSources.isEmpty();
    }

    /**
     * Sources the flow's own expressions reveal: the secret-named fields it reads from its request trigger's body
     * (beside those the trigger's schema names) and from actions' responses. Only strings that read a trigger or
     * an action's body are looked at, by a pattern, before any expression is parsed.
     */
    private void findSourcesTheFlowReveals(FlowStrings strings, CrossFlow crossFlow) {
        Map<String, Set<String>> triggerFields = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (FlowNode trigger : triggers) {
            if (TriggerInputs.receivesCallerData(trigger)) {
                Set<String> fields = new java.util.TreeSet<>(TriggerInputs.schemaCredentials(trigger));
                fields.addAll(crossFlow.triggerSecretFields());
                triggerFields.put(trigger.name(), fields);
            }
        }
        crossFlow.childSecretFields().forEach((name, fields) -> flow.action(name).ifPresent(action ->
                staticSources.putIfAbsent(action.name(), new SecretSources.Found(
                        new SecretSource(SourceKind.CHILD_FLOW_SECRET, action.name(), action), wholeOrFields(fields)))));
        Map<String, Set<String>> responseFields = new LinkedHashMap<>();
        for (FlowString string : strings) {
            String text = string.value();
            if (text.indexOf("ppsetting(") >= 0) {
                for (String setting : AppSettings.secretReads(text)) {
                    appSettings.computeIfAbsent(setting, name -> {
                        SecretSource source = new SecretSource(SourceKind.APP_SETTING, name, null);
                        appSettingSources.add(source);
                        return Taint.of(Trace.at(source, Trace.Label.SECRET, Set.of()));
                    });
                }
            }
            // only a read of a body or outputs (body(), triggerBody(), outputs(), triggerOutputs()) can reveal a source
            if (text.indexOf('@') < 0 || text.indexOf("ody(") < 0 && text.indexOf("utputs(") < 0
                    || !SecretNames.mayHoldSecretName(text)) {
                continue;
            }
            if (!triggerFields.isEmpty()) {
                Set<String> read = TriggerInputs.credentialsRead(text);
                triggerFields.values().forEach(fields -> fields.addAll(read));
            }
            for (ResponseFields.Read read : ResponseFields.secretReads(text)) {
                flow.action(read.action()).map(this::origin)
                        .filter(action -> ResponseFields.responds(action) && !staticSources.containsKey(action.name()))
                        .ifPresent(action -> responseFields.computeIfAbsent(action.name(), k -> new java.util.TreeSet<>())
                                .add(read.field()));
            }
        }
        for (FlowNode trigger : triggers) {
            Set<String> fields = triggerFields.getOrDefault(trigger.name(), Set.of());
            if (!fields.isEmpty()) {
                SecretSource source = new SecretSource(SourceKind.TRIGGER_CREDENTIAL, trigger.name(), trigger);
                triggerSources.add(source);
                triggerTaints.put(trigger.name(), Taint.of(Trace.at(source, Trace.Label.SECRET, wholeOrFields(fields))));
            }
        }
        responseFields.forEach((name, fields) -> flow.action(name).ifPresent(action -> staticSources.put(name,
                new SecretSources.Found(new SecretSource(SourceKind.SECRET_FIELD, name, action), fields))));
    }

    /** No fields when the whole value is the secret ({@link CrossFlow#WHOLE}): reading any part of it carries it. */
    private static Set<String> wholeOrFields(Set<String> fields) {
        return fields.contains(CrossFlow.WHOLE) ? Set.of() : fields;
    }

    /** The action a Parse JSON or Compose passes on the response of, one step back; else the action itself. */
    private FlowNode origin(FlowNode action) {
        String input = action.isType("ParseJson") ? action.inputs().path("content").asText("")
                : action.isType("Compose") ? action.inputs().asText("") : null;
        if (input != null) {
            java.util.regex.Matcher reference = DIRECT_READ.matcher(input.strip());
            if (reference.matches()) {
                return flow.action(reference.group(1)).orElse(action);
            }
        }
        return action;
    }

    private void propagate() {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean changed = false;
            for (FlowNode action : actions) {
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
                    taintUnder(action, "/foreach").through(action.name()));
            case "initializevariable" -> {
                JsonNode declared = action.inputs().path("variables");
                for (int i = 0; i < declared.size(); i++) {
                    String name = declared.get(i).path("name").asText("");
                    Taint value = taintUnder(action, "/inputs/variables/" + i + "/value").through(action.name());
                    changed |= grow(variables, name, value);
                }
            }
            case "setvariable", "appendtostringvariable", "appendtoarrayvariable" -> changed |= grow(variables,
                    action.inputs().path("name").asText(""), taintUnder(action, "/inputs/value").through(action.name()));
            default -> {
            }
        }
        return changed | grow(outputs, action.name(), outputsOf(action, type));
    }

    private Taint outputsOf(FlowNode action, String type) {
        SecretSources.Found found = staticSources.get(action.name());
        if (found != null) {
            Taint taint = Taint.of(Trace.at(found.source(), Trace.Label.SECRET, found.fields()));
            if (SourceActions.isEnvironmentVariableRead(action, SourceActions.ENVIRONMENT_VARIABLE_DEFINITIONS)) {
                taint = taint.union(Taint.of(Trace.at(found.source(), Trace.Label.SECRET_REFERENCE,
                        Set.of("environmentvariabledefinitionid"))));
            }
            return taint;
        }
        if (SourceActions.isEnvironmentVariableRead(action, SourceActions.ENVIRONMENT_VARIABLE_VALUES)
                && carriesReference(taintUnder(action, "/inputs"))) {
            // values looked up by the id of a secret variable's definition: the CoE Starter Kit's pattern
            SecretSource source = dynamicSources.computeIfAbsent(action.name(),
                    name -> new SecretSource(SourceKind.ENVIRONMENT_VARIABLE_TABLE, name, action));
            return Taint.of(Trace.at(source, Trace.Label.SECRET, Set.of("value")));
        }
        return switch (type) {
            case "compose" -> shaped(action, "/inputs").through(action.name());
            case "parsejson" -> taintUnder(action, "/inputs/content").through(action.name());
            case "select" -> shaped(action, "/inputs/select").through(action.name());
            case "query" -> keepsOnlyFailures(action)
                    ? taintUnder(action, "/inputs/from").ofFailedResults().through(action.name())
                    : taintUnder(action, "/inputs/from").through(action.name());
            case "table", "join" -> taintUnder(action, "/inputs/from").through(action.name());
            case "scope", "foreach", "until", "if", "switch" -> childrenOutputs(action);
            default -> Taint.NONE;
        };
    }

    /**
     * The taint of the value an object literal builds: a secret under property {@code key} is found again by
     * reading {@code key}, not by reading its siblings.
     */
    private Taint shaped(FlowNode action, String relativePointer) {
        JsonNode value = action.json().at(relativePointer);
        if (!value.isObject()) {
            return taintUnder(action, relativePointer);
        }
        Taint taint = Taint.NONE;
        Iterator<String> fields = value.fieldNames();
        while (fields.hasNext()) {
            String key = fields.next();
            taint = taint.union(taintUnder(action, relativePointer + "/" + JsonPointers.escape(key)).under(key));
        }
        return taint;
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

    private static boolean carriesReference(Taint taint) {
        return taint.traces().stream().anyMatch(t -> t.label() == Trace.Label.SECRET_REFERENCE);
    }

    /** What {@code result('Scope')} can return: the outputs of the actions inside. */
    private Taint childrenOutputs(FlowNode container) {
        Taint taint = Taint.NONE;
        int depth = container.path().size();
        for (FlowNode action : actions) {
            if (action.path().size() == depth + 1 && action.path().subList(0, depth).equals(container.path())) {
                taint = taint.union(outputs.getOrDefault(action.name(), Taint.NONE));
            }
        }
        return taint;
    }

    private static boolean grow(Map<String, Taint> map, String key, Taint addition) {
        if (addition.isEmpty()) {
            return false;
        }
        Taint before = map.getOrDefault(key, Taint.NONE);
        Taint after = before.union(addition);
        if (after.keys().equals(before.keys())) {
            return false;
        }
        map.put(key, after);
        return true;
    }

    /** The taint of every string of {@code action} under {@code relativePrefix}. */
    private Taint taintUnder(FlowNode action, String relativePrefix) {
        String prefix = action.jsonPointer() + relativePrefix;
        Taint taint = Taint.NONE;
        for (ExpressionSite site : sites.get(action)) {
            if (site.jsonPointer().equals(prefix) || site.jsonPointer().startsWith(prefix + "/")) {
                taint = taint.union(taintOf(action, site));
            }
        }
        return taint;
    }

    private Taint taintOf(FlowNode action, ExpressionSite site) {
        if (!site.parsed()) {
            return guess(site.template().source());
        }
        Taint item = itemBinding(action, site);
        Taint taint = Taint.NONE;
        for (Expression expression : site.template().expressions()) {
            taint = taint.union(evaluate(expression, item));
        }
        return taint;
    }

    /**
     * For a string the parser could not read: every quoted name in it that is a tainted action, variable or
     * parameter is assumed read. Over-reporting here beats missing a secret.
     */
    private Taint guess(String text) {
        Taint taint = Taint.NONE;
        Matcher matcher = QUOTED.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1);
            taint = taint.union(outputs.getOrDefault(name, Taint.NONE)).union(variables.getOrDefault(name, Taint.NONE))
                    .union(parameters.getOrDefault(name, Taint.NONE)).union(loopItems.getOrDefault(name, Taint.NONE));
        }
        return taint.viaHidden(false);
    }

    /** What {@code item()} stands for in this string: the Select/Filter array element, or the loop's. */
    private Taint itemBinding(FlowNode action, ExpressionSite site) {
        if (ARRAY_ELEMENT_ACTIONS.contains(typeOf(action))) {
            String from = action.jsonPointer() + "/inputs/from";
            boolean inFrom = site.jsonPointer().equals(from) || site.jsonPointer().startsWith(from + "/");
            if (!inFrom) {
                return taintUnder(action, "/inputs/from");
            }
        }
        List<String> path = action.path();
        for (int i = path.size() - 2; i >= 0; i--) {
            FlowNode ancestor = flow.action(path.get(i)).orElse(null);
            if (ancestor != null && typeOf(ancestor).equals("foreach")) {
                return loopItems.getOrDefault(ancestor.name(), Taint.NONE);
            }
        }
        return Taint.NONE;
    }

    private Taint evaluate(Expression expression, Taint item) {
        if (expression instanceof Expression.Member member) {
            String key = member.literalKey();
            return evaluate(member.target(), item).read(key == null ? Reference.DYNAMIC : key);
        }
        if (!(expression instanceof Expression.Call call)) {
            return Taint.NONE;
        }
        Optional<ReferenceKind> reference = ReferenceKind.ofFunction(call.name());
        if (reference.isPresent()) {
            return read(reference.get(), call.literalArgument(0), item);
        }
        String name = call.name().toLowerCase(Locale.ROOT);
        if (NOT_CARRYING.contains(name)) {
            return Taint.NONE;
        }
        if (name.equals("appsetting")) {
            String setting = call.literalArgument(0);
            return setting == null ? Taint.NONE : appSettings.getOrDefault(setting, Taint.NONE);
        }
        List<Expression> arguments = call.arguments();
        // if(condition, a, b) yields a or b, never the condition
        int first = name.equals("if") && arguments.size() == 3 ? 1 : 0;
        Taint taint = Taint.NONE;
        for (int i = first; i < arguments.size(); i++) {
            taint = taint.union(evaluate(arguments.get(i), item));
        }
        return taint;
    }

    private Taint read(ReferenceKind kind, String name, Taint item) {
        if (kind == ReferenceKind.ITEM) {
            return item;
        }
        if (kind == ReferenceKind.TRIGGER_BODY || kind == ReferenceKind.TRIGGER_OUTPUTS || kind == ReferenceKind.TRIGGER) {
            return triggerTaint();
        }
        if (name == null) {
            return Taint.NONE;
        }
        if (kind.namesAction()) {
            FlowNode target = flow.action(name).orElse(null);
            boolean hidden = target != null && RunHistory.hidesReadersInputs(target);
            return outputs.getOrDefault(name, Taint.NONE).viaHidden(hidden);
        }
        return switch (kind) {
                        case ITEMS -> loopItems.getOrDefault(name, Taint.NONE);
            case VARIABLE -> variables.getOrDefault(name, Taint.NONE);
            case PARAMETER -> parameters.getOrDefault(name, Taint.NONE);
            default -> Taint.NONE;
        };
    }

    /** A flow has one trigger: what its body holds, hidden from readers when its outputs are secured. */
    private Taint triggerTaint() {
        if (triggerSources.isEmpty()) {
            return Taint.NONE;
        }
        FlowNode trigger = triggerSources.get(0).node();
        return triggerTaints.get(trigger.name()).viaHidden(RunHistory.hidesReadersInputs(trigger));
    }

    private Exposure result() {
        List<SecretSource> sources = new ArrayList<>();
        staticSources.values().forEach(found -> sources.add(found.source()));
        sources.addAll(dynamicSources.values());
        sources.addAll(parameterSources);
        sources.addAll(triggerSources);
        sources.addAll(appSettingSources);
        List<Exposure.Receiver> receivers = new ArrayList<>();
        List<FlowNode> receiving = new ArrayList<>(triggers);
        receiving.addAll(actions);
        for (FlowNode action : receiving) {
            List<Exposure.TaintedSite> tainted = new ArrayList<>();
            for (ExpressionSite site : sites.get(action)) {
                String relative = site.jsonPointer().substring(action.jsonPointer().length());
                Taint taint = taintOf(action, site).secrets();
                if (!taint.isEmpty() && !RunHistory.alwaysHidden(action, relative)) {
                    tainted.add(new Exposure.TaintedSite(site.jsonPointer(), relative, taint));
                }
            }
            if (!tainted.isEmpty()) {
                boolean hidden = tainted.stream().flatMap(s -> s.taint().traces().stream())
                        .allMatch(Trace::viaHiddenOutputs);
                receivers.add(new Exposure.Receiver(action, tainted, hidden));
            }
        }
        return new Exposure(sources, receivers, unparsed);
    }
}
