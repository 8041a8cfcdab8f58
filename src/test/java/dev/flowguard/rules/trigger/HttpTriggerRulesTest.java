package dev.flowguard.rules.trigger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.rules.Hit;
import dev.flowguard.testing.RuleHarness;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HttpTriggerRulesTest {

    private final HttpTriggerAnyoneRule anyone = new HttpTriggerAnyoneRule();
    private final HttpTriggerAnyTenantUserRule tenant = new HttpTriggerAnyTenantUserRule();

    /** The shape Power Automate exports for "When an HTTP request is received". */
    private static String flowWithTrigger(String kind, String authentication) {
        String kindField = kind == null ? "" : "\"kind\": \"" + kind + "\",";
        String authField = authentication == null ? "" : "\"triggerAuthenticationType\": \"" + authentication + "\",";
        return """
                {
                  "properties": {
                    "connectionReferences": {},
                    "definition": {
                      "$schema": "https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#",
                      "contentVersion": "1.0.0.0",
                      "parameters": { "$authentication": { "defaultValue": {}, "type": "SecureObject" } },
                      "triggers": {
                        "manual": {
                          "metadata": { "operationMetadataId": "e0703c13-00c2-4ffc-9681-dadf4624b65a" },
                          "type": "Request",
                          %s
                          "inputs": {
                            %s
                            "method": "POST",
                            "schema": { "type": "object", "properties": { "id": { "type": "string" } } }
                          }
                        }
                      },
                      "actions": {
                        "Response": { "runAfter": {}, "type": "Response", "kind": "Http", "inputs": { "statusCode": 200 } }
                      }
                    }
                  },
                  "schemaVersion": "1.0.0.0"
                }
                """.formatted(kindField, authField);
    }

    @Test
    void flagsAnHttpTriggerOpenToAnyone() {
        List<Hit> hits = RuleHarness.hits(anyone, flowWithTrigger("Http", "All"));

        assertEquals(1, hits.size());
        Hit hit = hits.get(0);
        assertEquals("FG401", hit.rule().id());
        assertEquals("manual", hit.node().name());
        assertEquals("/properties/definition/triggers/manual/inputs/triggerAuthenticationType", hit.jsonPointer());
        assertTrue(hit.message().contains("'Test flow'") && hit.message().contains("anyone"), hit.message());
    }

    @Test
    void flagsAnOlderHttpTriggerWithoutAuthenticationType() {
        List<Hit> hits = RuleHarness.hits(anyone, flowWithTrigger("Http", null));

        assertEquals(1, hits.size());
        assertEquals("/properties/definition/triggers/manual", hits.get(0).jsonPointer());
        assertTrue(hits.get(0).message().contains("sets no triggerAuthenticationType"));
    }

    @Test
    void flagsALogicAppsRequestTriggerWithoutKind() {
        assertEquals(1, RuleHarness.hits(anyone, flowWithTrigger(null, null)).size());
    }

    @ParameterizedTest
    @CsvSource({"Button,", "PowerApp,", "PowerAppV2,", "Skills,", "Http,Tenant", "Http,User", "http,user"})
    void leavesAloneTriggersNobodyCanCallByUrl(String kind, String authentication) {
        assertEquals(List.of(), RuleHarness.hits(anyone, flowWithTrigger(kind, authentication)));
    }

    @Test
    void reportsATenantWideTriggerAsInformation() {
        List<Hit> hits = RuleHarness.hits(tenant, flowWithTrigger("Http", "Tenant"));

        assertEquals(1, hits.size());
        assertEquals("FG402", hits.get(0).rule().id());
        assertTrue(hits.get(0).message().contains("any user in the tenant"));
    }

    @ParameterizedTest
    @CsvSource({"Http,All", "Http,User", "Http,", "PowerAppV2,Tenant"})
    void tenantRuleIgnoresOtherTriggers(String kind, String authentication) {
        assertEquals(List.of(), RuleHarness.hits(tenant, flowWithTrigger(kind, authentication)));
    }

    @Test
    void ignoresNonRequestTriggers() {
        String recurrence = flowWithTrigger("Http", "All").replace("\"type\": \"Request\"", "\"type\": \"Recurrence\"");
        assertEquals(List.of(), RuleHarness.hits(anyone, recurrence));
    }
}
