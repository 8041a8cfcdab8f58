package dev.flowguard.maven;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowguard.finding.Finding;
import dev.flowguard.model.PathStep;
import dev.flowguard.report.Verdict;
import dev.flowguard.rules.Severity;
import dev.flowguard.rules.registry.RuleRegistry;
import dev.flowguard.scan.ScanInput;
import dev.flowguard.scan.ScanListener;
import dev.flowguard.scan.ScanRequest;
import dev.flowguard.scan.Scanner;
import dev.flowguard.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;
import org.apache.maven.doxia.sink.Sink;
import org.junit.jupiter.api.Test;

/** The site page, rendered through a real Doxia sink: a secret's way as numbered steps, the one to fix marked. */
class SitePageTest {

    @Test
    void aSecretsWayIsNumberedFromItsSourceWithTheStepToFixMarked() throws Exception {
        Verdict verdict = Verdict.of(new Scanner(RuleRegistry.builtIn(), 1).scan(ScanRequest.of(List.of(
                new ScanInput(Fixtures.path("SecretPaths"), "SecretPaths"))), ScanListener.SILENT), Severity.HIGH, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Sink sink = new Xhtml5SinkFactory().createSink(out, "UTF-8");

        SitePage.of(sink, RuleRegistry.builtIn(), verdict, "contoso-secret-paths").render();
        sink.close();
        String page = out.toString(StandardCharsets.UTF_8);

        Finding fg302 = verdict.result().findings().stream()
                .filter(f -> f.ruleId().equals("FG302") && f.action().equals("Call_partner")).findFirst().orElseThrow();
        PathStep source = fg302.path().get(0);
        PathStep sink302 = fg302.path().get(2);
        String first = source.file() + ":" + source.line() + ":" + source.column() + " Get_partner_key: Key Vault secret read here";
        int list = page.indexOf("<ol", page.indexOf("Call_partner (inputs/headers/x-api-key)"));
        assertTrue(list > 0, page);
        int fix = page.indexOf(sink302.file() + ":" + sink302.line() + ":" + sink302.column()
                + " Call_partner: sent in header x-api-key <b>&#x2190; fix here: no Secure inputs</b>", list);
        assertTrue(page.indexOf(first, list) > list && fix > page.indexOf(first, list), page.substring(list));
    }
}
