package dev.flowguard.rules.environment;

import dev.flowguard.knowledge.KeyVaultReferences;
import dev.flowguard.knowledge.Literals;
import dev.flowguard.knowledge.Placeholders;
import dev.flowguard.knowledge.UrlCredentials;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds values in literal text that differ between the environments of one tenant (development, test,
 * production): Dataverse organizations, SharePoint sites (the root site too), other flows' trigger URLs, Azure
 * resource groups. Tenant ids are not among them: the environments of a tenant share it (docs/rules/FG204.md).
 */
final class EnvironmentEndpoints {

    enum Kind {
        DATAVERSE_ORGANIZATION("the Dataverse organization URL"),
        SHAREPOINT_SITE("the SharePoint site URL"),
        SHAREPOINT_ROOT_SITE("the SharePoint root site URL"),
        FLOW_TRIGGER_URL("another flow's trigger URL"),
        AZURE_RESOURCE("the Azure resource id");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** @param shown the part a message may show: never a query string, where trigger URLs keep their signature */
    record Endpoint(Kind kind, String shown) {
    }

    private static final Pattern DATAVERSE = Pattern.compile(
            "(?i)https?://[a-z0-9-]+\\.(?:api\\.)?crm\\d*\\.dynamics\\.com\\b");
    /** A site, also by a sharing link into it ({@code https://contoso.sharepoint.com/:b:/r/sites/Finance/…}). */
    private static final Pattern SHAREPOINT_SITE = Pattern.compile(
            "(?i)https?://[a-z0-9-]+\\.sharepoint\\.com/(?::[a-z]+:/[a-z]/)?(?:sites|teams)/[^/?#\\s'\"]+");
    /** A site as Microsoft Graph names it, which Word Online, OneDrive and Excel parameters take. */
    private static final Pattern SHAREPOINT_GRAPH_SITE = Pattern.compile("(?i)(?<![a-z0-9.-])sites/[a-z0-9-]+\\.sharepoint\\.com,"
            + Literals.GUID_TEXT + "," + Literals.GUID_TEXT);
    /**
     * The tenant's root site, {@code https://contoso.sharepoint.com} alone or with a path outside /sites and /teams
     * (a sharing link's {@code /:b:/…} is a link into a site, not the root site).
     */
    private static final Pattern SHAREPOINT_ROOT_SITE = Pattern.compile(
            "(?i)https?://[a-z0-9-]+\\.sharepoint\\.com(?![a-z0-9.-])(?!/(?:sites|teams)/)(?!/:)");
    private static final Pattern AZURE_RESOURCE = Pattern.compile("(?i)/subscriptions/" + Literals.GUID_TEXT + "/resourcegroups/[^/\\s'\"]+");

    private EnvironmentEndpoints() {
    }

    /**
     * False when {@link #in} finds nothing in {@code text} nor in any part of it: every pattern but one needs
     * {@code ://} and that one {@code /subscriptions/}. Most strings of a flow have neither, and this test
     * costs far less than parsing their expressions and running five patterns on each literal.
     */
    static boolean mayHoldEndpoint(String text) {
        return text.contains("://") || containsIgnoreCase(text, "/subscriptions/") || text.contains(".sharepoint.com,");
    }

    private static boolean containsIgnoreCase(String text, String lowerNeedle) {
        for (int at = text.indexOf('/'); at >= 0 && at <= text.length() - lowerNeedle.length();
                at = text.indexOf('/', at + 1)) {
            if (text.regionMatches(true, at, lowerNeedle, 0, lowerNeedle.length())) {
                return true;
            }
        }
        return false;
    }

    /** Environment-specific values in a literal string. */
    static List<Endpoint> in(String text) {
        List<Endpoint> found = new ArrayList<>();
        // each pattern only runs on text holding a word it needs: most URLs are none of these
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("dynamics")) {
            add(DATAVERSE, Kind.DATAVERSE_ORGANIZATION, text, found);
        }
        if (lower.contains("sharepoint")) {
            add(SHAREPOINT_SITE, Kind.SHAREPOINT_SITE, text, found);
            add(SHAREPOINT_GRAPH_SITE, Kind.SHAREPOINT_SITE, text, found);
            add(SHAREPOINT_ROOT_SITE, Kind.SHAREPOINT_ROOT_SITE, text, found);
        }
        for (String trigger : UrlCredentials.flowTriggerUrls(text)) {
            if (!Placeholders.isPlaceholder(trigger) && isConfiguration(text, text.indexOf(trigger))) {
                found.add(new Endpoint(Kind.FLOW_TRIGGER_URL, trigger));
            }
        }
        if (lower.contains("/subscriptions/") && !KeyVaultReferences.mentionsSecret(text)) {
            // a Key Vault secret reference names where a secret lives, which is what settings should hold
            add(AZURE_RESOURCE, Kind.AZURE_RESOURCE, text, found);
        }
        return found;
    }

    private static void add(Pattern pattern, Kind kind, String text, List<Endpoint> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            String match = matcher.group();
            if (!Placeholders.isPlaceholder(match) && isConfiguration(text, matcher.start())) {
                into.add(new Endpoint(kind, match));
            }
        }
    }

    /**
     * Whether the value at {@code start} is configuration rather than content: a URL that is the whole value (a
     * Compose's, a variable's, a connector parameter's), or that a URI or a JSON text starts with, is where the flow
     * goes; one written into prose or HTML (an e-mail's body, a Teams message, an approval's details) is a link a
     * person follows, whichever environment the flow runs in.
     */
    static boolean isConfiguration(String text, int start) {
        for (int i = 0; i < start; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '<' || c == '>') {
                return false;
            }
        }
        return true;
    }

}
