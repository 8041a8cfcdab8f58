package dev.flowguard.knowledge;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credentials carried in URLs: {@code user:password@} userinfo and credential query parameters ({@code sig},
 * {@code code}, {@code key}, {@code access_token} …), and what a flow's own trigger URL looks like (its {@code sig} is
 * the key that runs the flow).
 */
public final class UrlCredentials {

    /** Ends at whitespace, quotes, angle brackets and backslashes, and at the {@code '} closing an expression literal. */
    private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://[^\\s\"'<>\\\\]+");
    /**
     * A cloud flow's or logic app's trigger URL: Logic Apps hosts ({@code prod-12.westus.logic.azure.com}) and Power
     * Automate's ({@code ….environment.api.powerplatform.com/powerautomate/automations/direct/workflows/…}).
     */
    private static final Pattern FLOW_TRIGGER = Pattern.compile(
            "(?i)https?://[a-z0-9.-]*(?:logic\\.azure\\.(?:com|us|cn)|\\.powerplatform\\.com|flow\\.microsoft\\.com)(?::\\d+)?"
                    + "/(?:[^\\s'\"?#]*/)?workflows/[0-9a-z]+");

    /**
     * A credential found in a URL.
     *
     * @param part {@code userinfo} or the query parameter's name as written
     */
    public record UrlSecret(String url, String part, String value, boolean flowTrigger) {
    }

    private UrlCredentials() {
    }

    /** Whether {@code text} holds a flow's or logic app's trigger URL. */
    public static boolean isFlowTriggerUrl(String text) {
        // the pattern needs "workflows/": a test far cheaper than the pattern, run on every URL
        return text.toLowerCase(Locale.ROOT).contains("workflows/") && FLOW_TRIGGER.matcher(text).find();
    }

    /** The trigger URLs of flows or logic apps in {@code text}, without their query strings. */
    public static List<String> flowTriggerUrls(String text) {
        List<String> found = new ArrayList<>(0);
        if (!text.toLowerCase(Locale.ROOT).contains("workflows/")) {
            return found;
        }
        Matcher matcher = FLOW_TRIGGER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    /**
     * What {@code matcher.find()} would find next from {@code from}, found faster: a URL starts 4 or 5 characters
     * before a {@code ://}, so the pattern is only tried there instead of at every character of a long string.
     */
    private static boolean nextUrl(String text, Matcher matcher, int from) {
        for (int scheme = text.indexOf("://", from); scheme >= 0; scheme = text.indexOf("://", scheme + 1)) {
            for (int start = scheme - 5; start <= scheme - 4; start++) {
                if (start >= from && matcher.region(start, text.length()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every credential in the URLs of {@code text}; values that are expressions or empty are not credentials. */
    public static List<UrlSecret> find(String text) {
        if (text == null || text.length() < 12 || !text.contains("://")) {
            return List.of();
        }
        List<UrlSecret> found = new ArrayList<>(0);
        // transparent bounds: the word boundary before the scheme still sees the character before the region
        Matcher matcher = URL.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int from = 0; nextUrl(text, matcher, from); from = matcher.end()) {
            String url = matcher.group();
            if (Literals.isDocumentationHost(host(url))) {
                continue;
            }
            boolean trigger = isFlowTriggerUrl(url);
            userinfoPassword(url).ifPresent(p -> found.add(new UrlSecret(url, "userinfo", p, trigger)));
            int query = url.indexOf('?');
            if (query < 0) {
                continue;
            }
            String queryText = url.substring(query + 1);
            int fragment = queryText.indexOf('#');
            queryText = fragment < 0 ? queryText : queryText.substring(0, fragment);
            for (String pair : queryText.split("&")) {
                int equals = pair.indexOf('=');
                if (equals <= 0) {
                    continue;
                }
                String name = decode(pair.substring(0, equals));
                String value = decode(pair.substring(equals + 1).replace("+", "%2B"));
                if (CredentialNames.isCredentialQueryParameter(name) && isCredentialValue(value)) {
                    found.add(new UrlSecret(url, name, value, trigger));
                }
            }
        }
        return found;
    }

    /**
     * A value written into a URL that can be a credential: not computed, not a stand-in's braces or a template's
     * fragment; placeholders are the caller's call ({@link Literals#judge} says which).
     */
    public static boolean isCredentialValue(String value) {
        return !value.contains("@") && !value.contains("{") && !value.contains("(")
                && Literals.judge(value, Literals.Context.CREDENTIAL_SLOT) != Literals.Judgement.NONE;
    }

    private static Optional<String> userinfoPassword(String url) {
        String authority = authority(url);
        int at = authority.lastIndexOf('@');
        if (at < 0) {
            return Optional.empty();
        }
        String userinfo = authority.substring(0, at);
        int colon = userinfo.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String password = decode(userinfo.substring(colon + 1));
        return isCredentialValue(password) ? Optional.of(password) : Optional.empty();
    }

    public static String host(String url) {
        String authority = authority(url);
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        int port = host.indexOf(':');
        return port < 0 ? host : host.substring(0, port);
    }

    private static String authority(String url) {
        int start = url.indexOf("://") + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        return url.substring(start, end);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
