package dev.flowguard.knowledge;

import dev.flowguard.flow.FlowNode;
import java.util.Locale;
import java.util.Set;

/**
 * What run history shows and what can hide it, per Microsoft's "Secure access and data in Azure Logic Apps"
 * (section "Secure data in run history by using obfuscation"), which Power Automate cloud flows share.
 * docs/run-history.md holds the same table for users.
 */
public final class RunHistory {

    /** Built-in operations with neither Secure inputs nor Secure outputs. */
    private static final Set<String> CANNOT_BE_SECURED = Set.of("appendtoarrayvariable", "appendtostringvariable",
            "decrementvariable", "foreach", "if", "incrementvariable", "initializevariable", "recurrence", "scope",
            "setvariable", "switch", "terminate", "until");

    /** Secure inputs only; turning it on hides their outputs too. */
    private static final Set<String> SECURE_INPUTS_ONLY = Set.of("compose", "parsejson", "response");

    /**
     * Unsecurable actions whose run-history record shows the value they were given: variables show their
     * value, Terminate its error, Foreach the array it loops over, Switch the value it switched on. If and
     * Until show only whether their condition held, so a secret in a condition is not shown.
     */
    private static final Set<String> SHOWS_UNSECURABLE_INPUTS = Set.of("appendtoarrayvariable",
            "appendtostringvariable", "decrementvariable", "incrementvariable", "initializevariable", "setvariable",
            "terminate", "foreach", "switch");

    private RunHistory() {
    }

    public static String type(FlowNode node) {
        return node.type().toLowerCase(Locale.ROOT);
    }

    public static boolean canBeSecured(FlowNode node) {
        return !CANNOT_BE_SECURED.contains(type(node));
    }

    public static boolean showsUnsecurableInputs(FlowNode node) {
        return SHOWS_UNSECURABLE_INPUTS.contains(type(node));
    }

    public static boolean secureInputsOnly(FlowNode node) {
        return SECURE_INPUTS_ONLY.contains(type(node));
    }

    /**
     * Whether an action that reads {@code node}'s outputs directly gets its own inputs hidden. Microsoft: when
     * Secure outputs (or Secure inputs) is on, a downstream action that explicitly uses those outputs has its
     * inputs hidden; but downstream of Compose, Parse JSON and Response nothing is hidden.
     */
    public static boolean hidesReadersInputs(FlowNode node) {
        return !secureInputsOnly(node) && canBeSecured(node) && (node.secureOutputs() || node.secureInputs());
    }

    /**
     * Whether the string at {@code relativePointer} (from the node, as {@code /inputs/headers/Authorization})
     * is one run history never shows whatever the settings. Microsoft: "By default, Authorization headers
     * aren't visible through inputs or outputs." Only the built-in HTTP-style actions (HTTP, HTTP Webhook,
     * Azure Functions, API Management) have {@code inputs.headers}; connectors pass parameters instead.
     */
    public static boolean alwaysHidden(FlowNode node, String relativePointer) {
        return relativePointer.regionMatches(true, 0, "/inputs/headers/", 0, "/inputs/headers/".length())
                && CredentialNames.isAlwaysHiddenHeader(relativePointer.substring("/inputs/headers/".length()));
    }
}
