package dev.flowguard.suppress;

import dev.flowguard.solution.SecureXml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads {@code flowguard-suppressions.xml}:
 * <pre>{@code
 * <suppressions>
 *   <suppression>
 *     <rule>FG204</rule>
 *     <flow>Invoice*</flow>
 *     <action>HTTP_*</action>
 *     <reason>Test tenant endpoint, replaced at deployment (ticket 1234)</reason>
 *     <until>2026-12-31</until>
 *     <module>contoso-hr</module>   <!-- optional: in a reactor, only this module's findings -->
 *   </suppression>
 * </suppressions>
 * }</pre>
 * The parser refuses DTDs and external entities: the file sits in a repository anyone may send a pull
 * request to, and must not make the build read local files.
 */
public final class SuppressionsFile {

    private static final Set<String> FIELDS = Set.of("rule", "flow", "action", "reason", "until", "module");
    /** A rule written as an id, not a pattern: it must name a rule flowguard has. */
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z]{2}\\d{3}");

    private SuppressionsFile() {
    }

    /** @throws IllegalArgumentException naming the file, the entry and what is wrong */
    public static List<SuppressionEntry> read(Path file) {
        return read(file, id -> true);
    }

    /**
     * @param knownRule whether a rule id (upper case) names a rule; an entry naming an unknown one is an error,
     *     as in {@code <rules>}, because a misspelt id would otherwise suppress nothing, silently
     * @throws IllegalArgumentException naming the file, the entry, its line and column, and what is wrong
     */
    public static List<SuppressionEntry> read(Path file, Predicate<String> knownRule) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.getFileName().toString(), knownRule);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read suppressions file " + file + ": " + e.getMessage(), e);
        }
    }

    static List<SuppressionEntry> parse(InputStream in, String name) {
        return parse(in, name, id -> true);
    }

    static List<SuppressionEntry> parse(InputStream in, String name, Predicate<String> knownRule) {
        XMLStreamReader reader = null;
        try {
            reader = SecureXml.factory().createXMLStreamReader(in);
            return entries(reader, name, knownRule);
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException(name + at(e.getLocation()) + " is not well-formed XML: "
                    + firstLine(e.getMessage()), e);
        } finally {
            close(reader);
        }
    }

    private static List<SuppressionEntry> entries(XMLStreamReader reader, String name, Predicate<String> knownRule)
            throws XMLStreamException {
        List<SuppressionEntry> entries = new ArrayList<>();
        boolean sawRoot = false;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new IllegalArgumentException(name + ": DTDs and entities are not allowed in a suppressions file");
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String element = reader.getLocalName();
            if (!sawRoot) {
                if (!element.equals("suppressions")) {
                    throw new IllegalArgumentException(name + ": the root element must be <suppressions>, not <" + element + ">");
                }
                sawRoot = true;
            } else if (element.equals("suppression")) {
                int number = entries.size() + 1;
                String where = name + ": suppression " + number + at(reader.getLocation()) + ": ";
                entries.add(entry(fields(reader, name, number), where, number, knownRule));
            } else {
                throw new IllegalArgumentException(name + ": unexpected <" + element + "> inside <suppressions>");
            }
        }
        return List.copyOf(entries);
    }

    private static Map<String, String> fields(XMLStreamReader reader, String name, int number) throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return fields;
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new IllegalArgumentException(name + ": DTDs and entities are not allowed in a suppressions file");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String field = reader.getLocalName();
                if (!FIELDS.contains(field)) {
                    throw new IllegalArgumentException(name + ": suppression " + number + ": unknown element <" + field
                            + ">; use rule, flow, action, reason, until, module");
                }
                fields.put(field, reader.getElementText().strip());
            }
        }
        return fields;
    }

    private static SuppressionEntry entry(Map<String, String> fields, String where, int number, Predicate<String> knownRule) {
        String rule = fields.getOrDefault("rule", "");
        if (rule.isEmpty()) {
            throw new IllegalArgumentException(where + "<rule> is required (a rule id such as FG204)");
        }
        if (PLAIN_ID.matcher(rule).matches() && !knownRule.test(rule.toUpperCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException(where + "unknown rule id '" + rule + "'; see docs/rules/ or mvn flowguard:explain");
        }
        String reason = fields.getOrDefault("reason", "");
        if (reason.isEmpty()) {
            throw new IllegalArgumentException(where + "<reason> is required: say why the finding is accepted");
        }
        Glob flow = glob(fields.get("flow"));
        Glob action = glob(fields.get("action"));
        if (flow == null && action == null) {
            throw new IllegalArgumentException(where + "name a <flow> or an <action>; to switch a rule off everywhere "
                    + "use <rules><rule><id>" + rule + "</id><enabled>false</enabled></rule></rules>");
        }
        LocalDate until = null;
        String untilText = fields.get("until");
        if (untilText != null && !untilText.isEmpty()) {
            try {
                until = LocalDate.parse(untilText);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(where + "<until> must be a date such as 2026-12-31, not '" + untilText + "'");
            }
        }
        return new SuppressionEntry(number, Glob.of(rule), flow, action, reason, until, glob(fields.get("module")));
    }

    private static Glob glob(String text) {
        return text == null || text.isEmpty() ? null : Glob.of(text);
    }

    /** {@code " (line 3, column 14)"}, or nothing when the parser does not know. */
    private static String at(Location location) {
        if (location == null || location.getLineNumber() < 1) {
            return "";
        }
        return " (line " + location.getLineNumber() + (location.getColumnNumber() > 0
                ? ", column " + location.getColumnNumber() : "") + ")";
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing left to read; the outcome is already decided
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String trimmed = message.strip();
        int newline = trimmed.lastIndexOf('\n');
        String last = newline >= 0 ? trimmed.substring(newline + 1).strip() : trimmed;
        // the JDK's parser says "ParseError at [row,col]:[3,14]\nMessage: ..."; the place is told separately
        return last.startsWith("Message: ") ? last.substring("Message: ".length()) : last;
    }
}
