package dev.flowguard.rules.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.knowledge.UrlCredentials;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretInUrlRuleTest {

    private final SecretInUrlRule rule = new SecretInUrlRule();

    @Test
    void signaturesKeysCodesAndUserinfoPasswordsInUrlsAreFound() {
        assertEquals(List.of(
                "Run_child_flow inputs/uri",
                "Call_order_function inputs/uri",
                "Download_from_FTP inputs/uri",
                "Get_weather inputs/queries/api_key",
                "Call_function_template inputs/uri LOW",
                "- parameters/Child flow URL (cr_ChildFlowUrl)/defaultValue"),
                TestFlows.describe(rule, "fg103-urls.json"));
    }

    @Test
    void aFlowTriggerUrlIsCalledOne() {
        assertTrue(TestFlows.hits(rule, "fg103-urls.json").stream().anyMatch(hit -> hit.node() == null
                && hit.message().contains("signature ('sig') of a flow trigger URL: <redacted 43 chars>")));
    }

    @Test
    void expressionsDocumentationLinksAndHarmlessQueriesAreNotReported() {
        List<String> actions = TestFlows.hits(rule, "fg103-urls.json").stream()
                .map(h -> h.node() == null ? "-" : h.node().name()).toList();
        for (String clean : List.of("Call_order_function_with_env_var", "Get_messages", "Read_the_docs", "List_users",
                "Build_callback_link")) {
            assertTrue(!actions.contains(clean), clean);
        }
    }

    @Test
    void urlParsing() {
        assertEquals(List.of("sig"), UrlCredentials.find("go to https://x.logic.azure.com/workflows/1/triggers/manual/paths/"
                + "invoke?api-version=1&sig=abcdefABCDEF123456 now").stream().map(UrlCredentials.UrlSecret::part).toList());
        assertEquals(List.of("userinfo"), UrlCredentials.find("ftp via https://me:S3cretPass@host.example.net/a")
                .stream().map(UrlCredentials.UrlSecret::part).toList());
        assertEquals(List.of(), UrlCredentials.find("https://host.example.net/a?token=true&key=@{variables('k')}&code="));
        assertEquals(List.of(), UrlCredentials.find("https://me@host.example.net/a?projectKey=IP&lockToken=abcdefgh"));
        assertEquals("host.example.net", UrlCredentials.host("https://me:pw@host.example.net:8443/a"));
    }
}
