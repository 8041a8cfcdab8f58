package dev.flowguard.rules.exposure;

import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.FlowParameter;
import dev.flowguard.knowledge.SecretNames;
import dev.flowguard.knowledge.SourceActions;
import dev.flowguard.knowledge.SourceKind;
import dev.flowguard.solution.EnvironmentVariable;
import dev.flowguard.solution.Solution;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Where secrets enter a flow: the source actions {@link SourceActions} knows, and secret-holding parameters. */
final class SecretSources {

    /** A source, and the properties of its outputs that hold the secret (empty: the whole value). */
    record Found(SecretSource source, Set<String> fields) {
    }

    private SecretSources() {
    }

    /** What a source action yields, or empty when the action is not one. */
    static Optional<Found> ofAction(FlowNode node) {
        return SourceActions.of(node).map(source -> new Found(new SecretSource(source.kind(), node.name(), node),
                source.fields()));
    }

    /**
     * Definition parameters that hold secrets: Secret environment variables, secret-named environment
     * variables of plain types, and securestring/secureobject parameters. The platform's own
     * {@code $connections} and {@code $authentication} are the connectors' business, not the user's secret.
     */
    static List<Found> ofParameters(Flow flow, Solution solution) {
        List<Found> found = new ArrayList<>();
        for (FlowParameter parameter : flow.parameters().values()) {
            if (parameter.name().startsWith("$")) {
                continue;
            }
            Optional<EnvironmentVariable> variable = parameter.isEnvironmentVariable() && solution != null
                    ? solution.environmentVariable(parameter.schemaName()) : Optional.empty();
            SourceKind kind = null;
            if (variable.isPresent() && variable.get().isSecret()) {
                kind = SourceKind.SECRET_ENVIRONMENT_VARIABLE;
            } else if (parameter.isSecureType()) {
                kind = SourceKind.SECURE_PARAMETER;
            } else if (parameter.isEnvironmentVariable() && isTextual(parameter)
                    && SecretNames.isSecret(parameter.schemaName())) {
                kind = SourceKind.SECRET_NAMED_ENVIRONMENT_VARIABLE;
            }
            if (kind != null) {
                found.add(new Found(new SecretSource(kind, parameter.name(), null), Set.of()));
            }
        }
        return found;
    }

    private static boolean isTextual(FlowParameter parameter) {
        String type = parameter.type() == null ? "" : parameter.type().toLowerCase(Locale.ROOT);
        return type.isEmpty() || type.equals("string") || type.equals("object");
    }

}
