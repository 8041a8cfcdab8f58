package dev.flowguard.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a stand-in looks like, to every rule alike; each row met in real flows, samples or Logic Apps projects. */
class PlaceholdersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            <your-key>                                  | true
            {client secret}                             | true
            xxxxxxxx                                    | true
            replace-with-your-secret                    | true
            mypassword                                  | true
            mysecret                                    | true
            myauthheader                                | true
            pfxcontent                                  | true
            fakeecb73-15f5-4c85-bb3e-fakeecb73          | true
            serviceone-auth-apikey                      | true
            any-sql-connection-string                   | true
            your-workspaceKey                           | true
            *******                                     | true
            IncorrectPassowrd                           | true
            invalid_key                                 | true
            WrongPassword1!                             | false
            InvalidateCache                             | false
            VkG8Q~278BXP4HLCFGIsnQJVWZjovBihG4-CjdfO    | false
            Xk9!pQ2#vL7w                                | false
            TempPa$$w0rd123                             | false
            pass@word1                                  | false
            monkey-business                             | false
            """)
    void isPlaceholder(String value, boolean placeholder) {
        assertEquals(placeholder, Placeholders.isPlaceholder(value), value);
    }

    @ParameterizedTest(name = "{1} = {0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            clientsecret   | client_secret     | true
            clientid       | clientId          | true
            s3cr3t-V4lue   | client_secret     | false
            """)
    void aValueThatRepeatsItsNameIsAStandIn(String value, String name, boolean placeholder) {
        assertEquals(placeholder, Placeholders.isPlaceholder(value, name), value);
    }
}
