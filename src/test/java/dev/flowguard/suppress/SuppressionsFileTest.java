package dev.flowguard.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppressionsFileTest {

    private static List<SuppressionEntry> parse(String xml) {
        return SuppressionsFile.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                "flowguard-suppressions.xml");
    }

    private static String messageOf(String xml) {
        return assertThrows(IllegalArgumentException.class, () -> parse(xml)).getMessage();
    }

    @Test
    void readsEveryField() {
        List<SuppressionEntry> entries = parse("""
                <?xml version="1.0" encoding="UTF-8"?>
                <suppressions>
                  <!-- the partner gateway cannot authenticate -->
                  <suppression>
                    <rule>FG401</rule>
                    <flow>Partner*</flow>
                    <action>manual</action>
                    <reason>Gateway cannot sign in; URL rotated monthly (SEC-118)</reason>
                    <until>2026-12-31</until>
                  </suppression>
                  <suppression>
                    <rule>FG402</rule>
                    <flow>Workflows/TenantStatus-*.json</flow>
                    <reason>Status page for every employee</reason>
                  </suppression>
                </suppressions>
                """);

        assertEquals(2, entries.size());
        SuppressionEntry first = entries.get(0);
        assertEquals(1, first.number());
        assertEquals("FG401", first.rule().text());
        assertEquals("Partner*", first.flow().text());
        assertEquals("manual", first.action().text());
        assertEquals("Gateway cannot sign in; URL rotated monthly (SEC-118)", first.reason());
        assertEquals(LocalDate.of(2026, 12, 31), first.until());
        assertNull(entries.get(1).until());
        assertNull(entries.get(1).action());
    }

    @Test
    void aReasonIsRequired() {
        assertEquals("flowguard-suppressions.xml: suppression 1 (line 1, column 28): <reason> is required: say why the "
                + "finding is accepted",
                messageOf("<suppressions><suppression><rule>FG401</rule><flow>X</flow></suppression></suppressions>"));
        assertTrue(messageOf("<suppressions><suppression><rule>FG401</rule><flow>X</flow><reason>  </reason>"
                + "</suppression></suppressions>").contains("<reason> is required"));
    }

    @Test
    void anEntryNamesAFlowOrAnAction() {
        assertTrue(messageOf("<suppressions><suppression><rule>FG204</rule><reason>r</reason></suppression></suppressions>")
                .contains("name a <flow> or an <action>; to switch a rule off everywhere use <rules>"));
    }

    @Test
    void misspeltElementsAndDatesAreErrors() {
        assertTrue(messageOf("<suppressions><suppression><rule>FG401</rule><flows>X</flows><reason>r</reason>"
                + "</suppression></suppressions>").contains("unknown element <flows>"));
        assertTrue(messageOf("<suppressions><suppression><rule>FG401</rule><flow>X</flow><reason>r</reason>"
                + "<until>31/12/2026</until></suppression></suppressions>")
                .contains("<until> must be a date such as 2026-12-31, not '31/12/2026'"));
        assertTrue(messageOf("<suppress/>").contains("root element must be <suppressions>"));
        assertTrue(messageOf("<suppressions><suppression>").contains("not well-formed XML"));
    }

    @Test
    void malformedXmlSaysWhereWithLineAndColumn() {
        assertEquals("flowguard-suppressions.xml (line 2, column 43) is not well-formed XML: The element type \"flow\" "
                + "must be terminated by the matching end-tag \"</flow>\".",
                messageOf("<suppressions>\n  <suppression><rule>FG401</rule><flow>X</reason>\n  </suppression></suppressions>"));
    }

    @Test
    void anUnknownRuleIdIsAnErrorAsInTheRulesParameterButPatternsAreNot() {
        String xml = "<suppressions>\n<suppression><rule>FG999</rule><flow>X</flow><reason>r</reason></suppression>\n"
                + "<suppression><rule>FG4*</rule><flow>X</flow><reason>r</reason></suppression></suppressions>";
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> SuppressionsFile.parse(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "flowguard-suppressions.xml",
                id -> id.equals("FG401")));
        assertEquals("flowguard-suppressions.xml: suppression 1 (line 2, column 14): unknown rule id 'FG999'; see "
                + "docs/rules/ or mvn flowguard:explain", error.getMessage());
    }

    @Test
    void refusesExternalEntitiesWithoutReadingThem(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "s3cr3t-from-disk");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE suppressions [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<suppressions><suppression><rule>FG401</rule><flow>X</flow><reason>&leak;</reason></suppression>"
                + "</suppressions>";
        Path file = dir.resolve("flowguard-suppressions.xml");
        Files.writeString(file, xml);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> SuppressionsFile.read(file));

        assertFalse(error.getMessage().contains("s3cr3t"), error.getMessage());
    }

    @Test
    void refusesEntityExpansion() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
                + "<suppressions><suppression><rule>FG401</rule><flow>X</flow><reason>&b;</reason></suppression>"
                + "</suppressions>";

        assertThrows(IllegalArgumentException.class, () -> parse(bomb));
    }
}
