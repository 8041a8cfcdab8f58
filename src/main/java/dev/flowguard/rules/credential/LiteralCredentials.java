package dev.flowguard.rules.credential;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowguard.flow.Flow;
import dev.flowguard.flow.FlowNode;
import dev.flowguard.flow.FlowParameter;
import dev.flowguard.flow.FlowString;
import dev.flowguard.flow.FlowStrings;
import dev.flowguard.knowledge.CredentialNames;
import dev.flowguard.knowledge.CredentialSlots;
import dev.flowguard.knowledge.Literals;
import dev.flowguard.knowledge.Slot;
import dev.flowguard.knowledge.UrlCredentials;
import dev.flowguard.model.FlowModel;
import dev.flowguard.model.Site;
import dev.flowguard.rules.FlowContext;
import dev.flowguard.rules.FlowView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The literal credentials of a flow, found in one pass over its sites and claimed once: one finding per value,
 * from the rule that says most about it. The slot rules (FG101 authentication, FG102 header, FG103 URL) know exactly
 * which credential slot the value fills and how to fix it, so they come first; FG104 (a known secret format) next,
 * because the value itself proves it is a secret; FG105 (only the name says secret) yields to all of them.
 */
final class LiteralCredentials {

    /** Which rule a literal is the business of, in the order claims are decided. */
    enum Claim {
        AUTHENTICATION,
        HEADER,
        URL,
        FORMAT,
        NAME;

        boolean isSlot() {
            return this == AUTHENTICATION || this == HEADER || this == URL;
        }
    }

    /**
     * A literal credential, before a rule words it.
     *
     * @param node the trigger or action holding it, or null outside them
     * @param secret the credential itself: hashed into the fingerprint, only ever shown redacted
     * @param what where it sits, for messages ({@code Basic password in inputs.authentication}), or for a known
     *     format, the format
     * @param where for a known format, where it sits; else empty
     */
    record Candidate(Claim claim, FlowNode node, String pointer, String secret, String what, String where,
            boolean placeholder) {
    }

    private static final Map<String, String> AUTHENTICATION_LABELS = Map.of("password", "password", "pfx",
            "certificate (pfx)", "secret", "client secret", "value", "value", "parameter", "key parameter");

    private static final FlowView<List<Candidate>> CANDIDATES = new FlowView<>("literal credentials",
            context -> find(context.model()));

    private LiteralCredentials() {
    }

    /** The candidates {@code claim}'s rule reports, in file order. */
    static List<Candidate> of(FlowContext context, Claim claim) {
        return context.view(CANDIDATES).stream().filter(candidate -> candidate.claim() == claim).toList();
    }

    private static List<Candidate> find(FlowModel model) {
        List<Candidate> found = new ArrayList<>(0);
        for (Site site : model.sites()) {
            inspect(model.flow(), site, found);
        }
        connectionReferences(model.flow(), found);
        return claimed(found);
    }

    /**
     * Most strings fill no slot, hold no URL and are too short for any known format: they are told apart first, and
     * the rest is looked at in methods of their own, which the JIT compiles only if they are needed.
     */
    private static void inspect(Flow flow, Site site, List<Candidate> into) {
        Slot.Kind kind = site.slot().kind();
        String value = site.value();
        if (kind != Slot.Kind.INPUT && kind != Slot.Kind.OTHER && kind != Slot.Kind.PLATFORM_FIELD
                && kind != Slot.Kind.DESIGNER_METADATA && kind != Slot.Kind.URI) {
            inSlot(flow, site, into);
        }
        if (value.indexOf(':') >= 0 && value.contains("://")) {
            FlowString string = site.string();
            if (site.node() != null && string.member().equals("inputs") || kind == Slot.Kind.PARAMETER_DEFAULT) {
                urls(site, into);
            }
        }
        if (value.length() >= SecretPatterns.SHORTEST) {
            formats(flow, site, into);
        }
    }

    private static void inSlot(Flow flow, Site site, List<Candidate> into) {
        Slot slot = site.slot();
        switch (slot.kind()) {
            case AUTHENTICATION -> slotLiteral(Claim.AUTHENTICATION, site, site.folded(), authentication(site), into);
            case HEADER -> header(site, into);
            case QUERY -> {
                if (UrlCredentials.isCredentialValue(site.value())) {
                    into.add(new Candidate(Claim.URL, site.node(), site.pointer(), site.value(),
                            "'" + slot.name() + "' query parameter in inputs.queries", "",
                            Literals.isPlaceholder(site.value())));
                }
            }
            case VARIABLE, COMPOSE, SECRET_FIELD -> {
                if (slot.secretNamed()) {
                    named(site, named(site), slot.name(), site.folded(), into);
                }
            }
            case PARAMETER_DEFAULT -> {
                // an environment variable's copied default and a secure parameter's are shipped values: FG203's
                FlowParameter parameter = flow.parameter(slot.name()).orElse(null);
                boolean shipped = parameter != null && (parameter.isEnvironmentVariable() || parameter.isSecureType());
                if (slot.secretNamed() && !shipped) {
                    named(site, named(site), slot.name(), site.folded(), into);
                }
            }
            case BODY_TEXT -> {
                for (CredentialSlots.Part part : CredentialSlots.partsOf(slot, site.value(), null)) {
                    named(site, "form field '" + part.name() + "' of the body", part.name(), part.literal(), into);
                }
            }
            default -> {
            }
        }
    }

    private static void formats(Flow flow, Site site, List<Candidate> into) {
        FlowString string = site.string();
        if (string.isDesignerMetadata() || CredentialSlots.isPlatformField(string)) {
            return;
        }
        for (SecretMatch match : SecretPatterns.find(string.value())) {
            into.add(new Candidate(Claim.FORMAT, site.node(), site.pointer(), match.secret(), match.kind(),
                    place(flow, site), false));
        }
    }

    /** A literal in a credential slot: any value but an expression or a trivial one is the credential. */
    private static void slotLiteral(Claim claim, Site site, String value, String what, List<Candidate> into) {
        switch (Literals.judge(value, Literals.Context.CREDENTIAL_SLOT)) {
            case CREDENTIAL -> into.add(new Candidate(claim, site.node(), site.pointer(), value.strip(), what, "", false));
            case PLACEHOLDER -> into.add(new Candidate(claim, site.node(), site.pointer(), value.strip(), what, "", true));
            default -> {
            }
        }
    }

    /** {@code Basic password in inputs.authentication}. */
    private static String authentication(Site site) {
        String type = CredentialSlots.authenticationType(site.node(), site.string());
        List<String> path = site.string().path();
        String holder = String.join(".", path.subList(0, path.size() - 1));
        return (type.isEmpty() ? "" : type + " ") + AUTHENTICATION_LABELS.getOrDefault(
                site.slot().name().toLowerCase(Locale.ROOT), site.slot().name()) + " in " + holder;
    }

    private static void header(Site site, List<Candidate> into) {
        String value = site.folded();
        if (Literals.isExpression(value)) {
            return;
        }
        CredentialNames.SchemeAndCredential split = CredentialNames.splitScheme(value);
        String what = (split.scheme().isEmpty() ? "value" : split.scheme() + " credential") + " of header '"
                + site.slot().name() + "'";
        slotLiteral(Claim.HEADER, site, split.credential(), what, into);
    }

    /** Credentials in URLs written into the string: {@code user:pass@}, {@code ?sig=}, {@code ?code=}, a trigger URL. */
    private static void urls(Site site, List<Candidate> into) {
        String value = site.value();
        if (!value.contains("://")) {
            return;
        }
        // only a URL can hold what is looked for here: a literal one is folded out of an expression only then
        String text = site.isExpression() ? site.folded() : value;
        for (UrlCredentials.UrlSecret secret : UrlCredentials.find(text)) {
            String what = secret.part().equals("userinfo") ? "password in the user:password@ part of a URL"
                    : secret.flowTrigger() ? "signature ('" + secret.part() + "') of a flow trigger URL"
                    : secret.part().equalsIgnoreCase("sig") ? "SAS signature ('sig') of a URL"
                    : "'" + secret.part() + "' query parameter of a URL";
            into.add(new Candidate(Claim.URL, site.node(), site.pointer(), secret.value(), what, "",
                    Literals.isPlaceholder(secret.value())));
        }
    }

    /** A literal whose name says secret; a stand-in that repeats the name is a placeholder. */
    private static void named(Site site, String what, String name, String value, List<Candidate> into) {
        if (value == null) {
            return;
        }
        switch (Literals.judge(value, Literals.Context.SECRET_NAME, List.of(name))) {
            case CREDENTIAL -> into.add(new Candidate(Claim.NAME, site.node(), site.pointer(), value, what, "", false));
            case PLACEHOLDER -> into.add(new Candidate(Claim.NAME, site.node(), site.pointer(), value, what, "", true));
            default -> {
            }
        }
    }

    /** How FG105 names the place: {@code variable 'apiKey'}, {@code connector parameter 'body/password'} … */
    private static String named(Site site) {
        Slot slot = site.slot();
        return switch (slot.kind()) {
            case VARIABLE -> "variable '" + slot.name() + "'";
            case COMPOSE -> "Compose output";
            case PARAMETER_DEFAULT -> "default value of parameter '" + slot.name() + "'";
            default -> site.string().depth() == 2 && slot.part().equals("parameters")
                    ? "connector parameter '" + slot.name() + "'"
                    : slot.part().equals("body") ? "body field '" + slot.name() + "'" : "field '" + slot.name() + "'";
        };
    }

    /** Where a known format sits, for messages: {@code inputs/body/token}, a parameter's default value. */
    private static String place(Flow flow, Site site) {
        FlowNode node = site.node();
        String pointer = site.pointer();
        if (node != null) {
            return pointer.length() > node.jsonPointer().length() ? pointer.substring(node.jsonPointer().length() + 1) : "";
        }
        if (site.slot().kind() == Slot.Kind.PARAMETER_DEFAULT) {
            return "the default value of parameter '" + site.slot().name() + "'";
        }
        return pointer.startsWith(flow.definitionPointer()) ? "definition" + pointer.substring(flow.definitionPointer().length())
                : pointer;
    }

    /** A solution flow's connection references: a known format there is as leaked as in an action. */
    private static void connectionReferences(Flow flow, List<Candidate> into) {
        JsonNode references = flow.connectionReferences();
        if (references == null || !references.isObject() || !flow.definitionPointer().equals("/properties/definition")) {
            return;
        }
        for (FlowString string : FlowStrings.within(references, "/properties/connectionReferences")) {
            for (SecretMatch match : SecretPatterns.find(string.value())) {
                into.add(new Candidate(Claim.FORMAT, null, string.pointer(), match.secret(), match.kind(),
                        "connection references", false));
            }
        }
    }

    /** One finding per value: a slot rule's claim on a string takes it from FG104 and FG105, FG104's from FG105. */
    private static List<Candidate> claimed(List<Candidate> found) {
        if (found.isEmpty()) {
            return found;
        }
        Map<String, Claim> strongest = new HashMap<>();
        for (Candidate candidate : found) {
            strongest.merge(candidate.pointer(), candidate.claim(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
        }
        Map<String, Candidate> kept = new LinkedHashMap<>();
        for (Candidate candidate : found) {
            Claim best = strongest.get(candidate.pointer());
            boolean yields = candidate.claim() == Claim.NAME && best != Claim.NAME
                    || candidate.claim() == Claim.FORMAT && best.isSlot();
            if (!yields) {
                // a variable's object value is seen both as a variable and by its keys: one finding per value
                kept.putIfAbsent(candidate.claim() + "\u0000" + candidate.pointer() + "\u0000" + candidate.secret(), candidate);
            }
        }
        return List.copyOf(kept.values());
    }
}
