package dev.flowguard.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SolutionManifestReaderTest {

    private static String read(String manifest) throws Exception {
        return SolutionManifestReader.uniqueName(("<ImportExportXml><SolutionManifest>" + manifest
                + "</SolutionManifest></ImportExportXml>").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aGeneratedUniqueNameComesAfterTheNameTheMakerPortalShows() throws Exception {
        // a managed export from the corpus: UniqueName Cr60213, shown as UserOnboardingAgent
        assertEquals("UserOnboardingAgent (Cr60213)", read("<UniqueName>Cr60213</UniqueName><LocalizedNames>"
                + "<LocalizedName description=\"UserOnboardingAgent\" languagecode=\"1033\" /></LocalizedNames>"
                + "<Publisher><UniqueName>Crbeeac</UniqueName><LocalizedNames><LocalizedName description=\"CDS Default "
                + "Publisher\" languagecode=\"1033\" /></LocalizedNames></Publisher>"));
    }

    @Test
    void theUniqueNameStaysWhenItIsTheDisplayNameWithoutSpaces() throws Exception {
        assertEquals("ContosoExpenses", read("<UniqueName>ContosoExpenses</UniqueName><LocalizedNames>"
                + "<LocalizedName description=\"Contoso Expenses\" languagecode=\"1033\" /></LocalizedNames>"));
        assertEquals("Contoso", read("<UniqueName>Contoso</UniqueName>"));
    }

    @Test
    void thePublishersNamesAreNotTheSolutions() throws Exception {
        assertEquals("Sales", read("<UniqueName>Sales</UniqueName><Publisher><UniqueName>Contoso</UniqueName>"
                + "<LocalizedNames><LocalizedName description=\"Contoso Ltd\" languagecode=\"1033\" /></LocalizedNames>"
                + "</Publisher>"));
    }
}
