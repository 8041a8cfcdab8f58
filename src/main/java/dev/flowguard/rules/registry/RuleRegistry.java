package dev.flowguard.rules.registry;

import dev.flowguard.rules.Rule;
import dev.flowguard.rules.RuleDescriptor;
import dev.flowguard.rules.UnreadableArtifactRule;
import dev.flowguard.rules.credential.HardcodedCredentialInAuthenticationRule;
import dev.flowguard.rules.credential.HardcodedSecretInHeaderRule;
import dev.flowguard.rules.credential.KnownSecretFormatRule;
import dev.flowguard.rules.credential.SecretInUrlRule;
import dev.flowguard.rules.credential.SecretLiteralInVariableRule;
import dev.flowguard.rules.environment.CredentialNotFromEnvironmentVariableRule;
import dev.flowguard.rules.environment.HardcodedEnvironmentEndpointRule;
import dev.flowguard.rules.environment.SecretEnvironmentVariableNotKeyVaultRule;
import dev.flowguard.rules.environment.SecretValuePackagedRule;
import dev.flowguard.rules.exposure.UnparsedExpressionRule;
import dev.flowguard.rules.exposure.RunHistoryReadableFromAnyIpRule;
import dev.flowguard.rules.exposure.SecretInUnsecurableActionRule;
import dev.flowguard.rules.exposure.SecretSourceWithoutSecureOutputsRule;
import dev.flowguard.rules.exposure.SecretUseWithoutSecureInputsRule;
import dev.flowguard.rules.trigger.HttpTriggerAnyIpRule;
import dev.flowguard.rules.trigger.HttpTriggerAnyTenantUserRule;
import dev.flowguard.rules.trigger.HttpTriggerAnyoneRule;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every rule flowguard has, in id order. Adding a rule means adding it here and a page in docs/rules. */
public final class RuleRegistry {

    private final Map<String, Rule> rulesById;
    private final List<Rule> ordered;

    private RuleRegistry(List<Rule> rules) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (byId.put(rule.descriptor().id(), rule) != null) {
                throw new IllegalStateException("two rules share the id " + rule.descriptor().id());
            }
        }
        this.rulesById = Map.copyOf(byId);
        this.ordered = List.copyOf(byId.values());
    }

    /** A registry of {@code rules} only: a build that runs some rules, or a test of one. */
    public static RuleRegistry of(List<Rule> rules) {
        return new RuleRegistry(rules);
    }

    public static RuleRegistry builtIn() {
        return new RuleRegistry(List.of(
                new HardcodedCredentialInAuthenticationRule(),
                new HardcodedSecretInHeaderRule(),
                new SecretInUrlRule(),
                new KnownSecretFormatRule(),
                new SecretLiteralInVariableRule(),
                new CredentialNotFromEnvironmentVariableRule(),
                new SecretEnvironmentVariableNotKeyVaultRule(),
                new SecretValuePackagedRule(),
                new HardcodedEnvironmentEndpointRule(),
                new SecretSourceWithoutSecureOutputsRule(),
                new SecretUseWithoutSecureInputsRule(),
                new SecretInUnsecurableActionRule(),
                new RunHistoryReadableFromAnyIpRule(),
                new HttpTriggerAnyoneRule(),
                new HttpTriggerAnyTenantUserRule(),
                new HttpTriggerAnyIpRule(),
                new UnreadableArtifactRule(),
                new UnparsedExpressionRule()));
    }

    public Collection<Rule> rules() {
        return ordered;
    }

    public Optional<Rule> rule(String id) {
        return Optional.ofNullable(rulesById.get(id));
    }

    public RuleDescriptor descriptor(String id) {
        return rule(id).map(Rule::descriptor).orElseThrow(() -> new IllegalArgumentException("no rule " + id));
    }
}
