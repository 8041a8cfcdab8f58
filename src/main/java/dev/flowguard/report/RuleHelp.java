package dev.flowguard.report;

import dev.flowguard.about.RuleDocs;
import dev.flowguard.rules.RuleDescriptor;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How reports help with a rule, without depending on an address that may not exist: the rule's page as bundled
 * in the plugin (the one {@code flowguard:explain} prints), the command that prints it, and a link only where the
 * team says it hosts the pages ({@code docsUrl}).
 *
 * @param docsUrl where the team hosts docs/rules: a base such as {@code https://git.contoso.com/flowguard/docs/rules/}
 *     ({@code FGnnn.md} is appended) or a pattern holding {@code {rule}}; null for no links at all
 * @param command how a command of this plugin starts as the user can type it: {@code mvn flowguard:} in a project
 *     that declares the plugin, the full coordinates outside one
 */
public record RuleHelp(String docsUrl, String command) {

    /** The prefix that works in any project declaring the plugin. */
    public static final String PREFIX_COMMAND = "mvn flowguard:";

    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]+)]\\(([^)\\s]+)\\)");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    private static final Pattern RULE_PAGE = Pattern.compile("(?:.*/)?(FG\\d{3})\\.md(#.*)?");

    public RuleHelp {
        docsUrl = docsUrl == null || docsUrl.isBlank() ? null : docsUrl.strip();
        command = command == null || command.isBlank() ? PREFIX_COMMAND : command;
    }

    /** No links, and commands in their short form. */
    public static RuleHelp offline() {
        return new RuleHelp(null, PREFIX_COMMAND);
    }

    /**
     * Checks a {@code docsUrl} as the user wrote it.
     *
     * @throws IllegalArgumentException unless it is an absolute http(s) or file URL
     */
    public static String checkDocsUrl(String docsUrl) {
        if (docsUrl == null || docsUrl.isBlank()) {
            return null;
        }
        String text = docsUrl.strip();
        try {
            URI uri = new URI(text.replace("{rule}", "FG101"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http") || scheme.equals("file"))) {
                throw new IllegalArgumentException("docsUrl: '" + docsUrl + "' is not an absolute http(s) URL such as "
                        + "https://git.contoso.com/tools/flowguard/docs/rules/");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("docsUrl: '" + docsUrl + "' is not a URL: " + e.getReason());
        }
        return text;
    }

    /** The page of a rule where the team hosts it, or empty when no {@code docsUrl} is set. */
    public Optional<String> url(String ruleId) {
        if (docsUrl == null) {
            return Optional.empty();
        }
        if (docsUrl.contains("{rule}")) {
            return Optional.of(docsUrl.replace("{rule}", ruleId));
        }
        return Optional.of((docsUrl.endsWith("/") ? docsUrl : docsUrl + "/") + ruleId + ".md");
    }

    /** The command that prints a rule's page in the build log: {@code mvn flowguard:explain -Drule=FG401}. */
    public String explain(String ruleId) {
        return command + "explain -Drule=" + ruleId;
    }

    /**
     * The rule's bundled page as Markdown, for SARIF {@code help.markdown}. Links to other pages resolve against
     * {@code docsUrl} when it is set; otherwise they become plain text (a page of another rule names the command
     * that prints it), so no link leads nowhere.
     */
    public String markdown(RuleDescriptor rule) {
        Optional<String> page = RuleDocs.page(rule.id());
        if (page.isEmpty()) {
            return "**" + rule.id() + " " + rule.name() + "**\n\n" + rule.summary() + "\n\n**How to fix:** "
                    + rule.remediation() + "\n\n`" + explain(rule.id()) + "`\n";
        }
        String base = url(rule.id()).orElse(null);
        Matcher link = LINK.matcher(page.get());
        StringBuilder out = new StringBuilder();
        while (link.find()) {
            String text = link.group(1);
            String target = link.group(2);
            String replacement;
            if (SCHEME.matcher(target).matches() || target.startsWith("#")) {
                replacement = link.group();
            } else if (base != null) {
                replacement = "[" + text + "](" + resolve(base, target) + ")";
            } else {
                Matcher rulePage = RULE_PAGE.matcher(target);
                replacement = rulePage.matches() ? text + " (`" + explain(rulePage.group(1)) + "`)" : text;
            }
            link.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        link.appendTail(out);
        return out.toString();
    }

    /** The rule's bundled page as plain text, for SARIF {@code help.text}: Markdown links and emphasis taken out. */
    public String text(RuleDescriptor rule) {
        String markdown = markdown(rule);
        String text = LINK.matcher(markdown).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " (" + m.group(2) + ")"));
        StringBuilder plain = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String stripped = line.replaceFirst("^#{1,6}\\s+", "").replace("**", "");
            plain.append(stripped).append('\n');
        }
        return plain.toString().strip() + "\n";
    }

    private static String resolve(String base, String target) {
        try {
            return new URI(base).resolve(target).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return target;
        }
    }
}
