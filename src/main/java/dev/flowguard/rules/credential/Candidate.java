package dev.flowguard.rules.credential;

import dev.flowguard.flow.FlowNode;

/**
 * A literal credential a detector found, before a rule words it.
 *
 * @param node the trigger or action holding it, or null for a definition parameter
 * @param pointer where the string holding it is in the flow file
 * @param secret the credential itself: hashed into the fingerprint, only ever shown redacted
 * @param what the slot it sits in, for messages ("the Basic password in inputs.authentication")
 * @param placeholder true when the value is a stand-in to replace: reported at LOW at most
 */
record Candidate(FlowNode node, String pointer, String secret, String what, boolean placeholder) {
}
