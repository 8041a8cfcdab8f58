package dev.flowguard.rules.credential;

import dev.flowguard.rules.FlowContext;
import java.util.HashSet;
import java.util.Set;

/**
 * Which rule reports a value that several could: one finding per value, from the rule that says most about
 * it. The structural rules (FG101 authentication, FG102 header, FG103 URL) know exactly which credential slot
 * the value fills and how to fix it, so they come first; FG104 (a known secret format) comes next, because the
 * value itself proves it is a secret; FG105 (only the name says secret) yields to all of them.
 */
final class Claims {

    private Claims() {
    }

    /** The JSON pointers of values FG101, FG102 and FG103 report, placeholders included. */
    static Set<String> structural(FlowContext context) {
        Set<String> pointers = new HashSet<>();
        AuthenticationLiterals.find(context).forEach(c -> pointers.add(c.pointer()));
        HeaderLiterals.find(context).forEach(c -> pointers.add(c.pointer()));
        UrlLiterals.find(context).forEach(c -> pointers.add(c.pointer()));
        return pointers;
    }
}
