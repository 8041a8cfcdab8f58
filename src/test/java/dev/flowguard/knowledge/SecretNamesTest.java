package dev.flowguard.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one answer every rule gets to "does this name hold a secret?". Each row is a name met in real flows,
 * solutions or Logic Apps, and its verdict; the names that rules used to disagree on are at the top.
 */
class SecretNamesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # the names the three old heuristics disagreed on
            TenantSecret                                  | true  | a tenant's secret is still a secret
            AdminPwd                                      | true  | pwd is password
            connectionString                              | true  | holds AccountKey= or Password=
            SessionKey                                    | true  | a session key authenticates the session
            csrfToken                                     | false | meant to be sent to the browser
            item/contoso_AccessToken@odata.bind           | false | an OData lookup: the record's id
            contoso_apitoken@odata.type                   | false | an OData annotation
            # credentials
            password                                      | true  |
            adminPassword                                 | true  |
            client_secret                                 | true  |
            clientSecret                                  | true  |
            ClientSecret                                  | true  |
            apiKey                                        | true  |
            api_key                                       | true  |
            x-api-key                                     | true  |
            APIKEY                                        | true  |
            subscriptionKey                               | true  |
            Ocp-Apim-Subscription-Key                     | true  |
            accessToken                                   | true  |
            access_token                                  | true  |
            refresh_token                                 | true  |
            id_token                                      | true  | a signed token the app trusts
            client_assertion                              | true  | a signed JWT standing for a client secret
            sasToken                                      | true  |
            SAS                                           | true  |
            pwd                                           | true  |
            passphrase                                    | true  |
            credentials                                   | true  |
            body/password                                 | true  | the last segment of a connector parameter
            item/cr_password                              | true  |
            item/Password                                 | true  |
            storageAccountKey                             | true  |
            storage_key                                   | true  |
            functionKey                                   | true  |
            primaryKey                                    | true  | Azure's keys are primary and secondary
            SigningKeys                                   | true  |
            SqlConnectionString                           | true  |
            SQL Connection String                         | true  |
            # environment variables: display or schema name, as flows name them
            Partner API token (cr_PartnerApiToken)        | true  |
            Vault client secret (cr_VaultClientSecret)    | true  |
            admin_AuditLogsClientSecret                   | true  |
            Audit Logs - Client Secret                    | true  |
            kch_SharePointAssistantKey                    | true  | a real Entra secret in the corpus
            demo-key                                      | true  | a real AI services key in the corpus
            kch_demokey                                   | true  |
            kch_endpointsecret                            | true  |
            OpenAI_Key                                    | true  |
            TokenSecretFO                                 | true  | FO: the Finance and Operations twin
            IVS_ClientSecret (ftc_IVS_ClientSecret)       | true  |
            ServiceOne-Authentication-APIKey              | true  |
            contoso_ErpApiKey                             | true  |
            contoso_PartnerPassword                       | true  |
            contoso_WebhookToken                          | true  |
            contoso_apitoken                              | true  | per-record tokens read from Dataverse
            ClientSecretValue                             | true  |
            Password2                                     | true  |
            # names about a secret, not the secret
            secretName                                    | false |
            Secret name                                   | false |
            SecretUri                                     | false |
            secretUri                                     | false |
            tokenUrl                                      | false |
            Token endpoint URL                            | false |
            contoso_TokenEndpointUrl                      | false |
            TokenAudience                                 | false |
            token_type                                    | false |
            tokenLength                                   | false |
            credentialType                                | false |
            ClientSecretExpiry                            | false |
            SecretExpiryDays                              | false |
            ApiKeyHeaderName                              | false |
            KeyVaultName                                  | false |
            contoso_KeyVault                              | false |
            contoso_KeyVaultName                          | false |
            TokenClientID                                 | false | the client id of the token request
            TokenClientIDFO                               | false |
            passwordProfile                               | false | the object holding the password
            forceChangePasswordNextSignIn                 | false | a flag
            isSecret                                      | false | a flag
            usePassword                                   | false |
            admin_containsplaintextpassword               | false | a flag about a password, met in the CoE kit
            showPassword                                  | false |
            SetTokenGen                                   | false | the generation of a token, met in Defender for Cloud
            tokenResponse                                 | false | the whole response; its fields are judged on their own
            # credentials a run obtains: access, refresh, id, bearer, session and API tokens, SAS signatures
            bearerToken                                   | true  |
            session_token                                 | true  |
            SessionToken                                  | true  |
            sasSignature                                  | false | a signature's name: sig= is judged where it is written
            api_token                                     | true  |
            # tokens that are no credential: payment and banking link and public tokens, paging, sync, forms
            link_token                                    | false | Plaid: short-lived, for the client, exchanged with the app's secret
            linkToken                                     | false |
            public_token                                  | false | Plaid: exchanged server-side for the access token
            publicToken                                   | false |
            cursor                                        | false |
            cursorToken                                   | false |
            next_cursor_token                             | false |
            deltaToken                                    | false | Graph delta queries
            deltaLink                                     | false |
            changeToken                                   | false | SharePoint change tokens
            syncToken                                     | false |
            skipToken                                     | false |
            pagingToken                                   | false |
            paginationToken                               | false |
            continuation_token                            | false |
            __RequestVerificationToken                    | false | ASP.NET anti-forgery
            antiforgeryToken                              | false |
            anti_forgery_token                            | false |
            xsrf-token                                    | false |
            expires_in                                    | false |
            token_expiry                                  | false |
            # tokens without authority, keys that look things up
            maxTokens                                     | false |
            max_tokens                                    | false |
            LockToken                                     | false |
            continuationToken                             | false |
            nextPageToken                                 | false |
            x-page-token                                  | false |
            $skiptoken                                    | false |
            PartitionKey                                  | false |
            assessmentKey                                 | false | a Defender for Cloud assessment's id, met in the Logic Apps corpus
            contoso_PartitionKey                          | false |
            RowKey                                        | false |
            projectKey                                    | false |
            issueKey                                      | false |
            idempotencyKey                                | false |
            publicKey                                     | false |
            PropertyDataTypeKey                           | false |
            key                                           | false | the key of a key/value pair
            responseStringKey                             | false | a sample's dictionary key, met in the Logic Apps corpus
            requestNumberKey                              | false |
            contoso_Keywords                              | false |
            contoso_Monkey                                | false |
            # other names
            Signature                                     | false |
            admin_lastrunpassed                           | false |
            bypass                                        | false |
            passed                                        | false |
            Audit Logs - ClientID                         | false |
            admin_AuditLogsClientID                       | false |
            TenantID                                      | false |
            admin_TenantID                                | false |
            admin_AuditLogsAuthority                      | false |
            admin_AuditLogsAudience                       | false |
            admin_PowerAppEnvironmentVariable             | false |
            siteAddress                                   | false |
            kch_siteOwner                                 | false |
            cat_AgentID                                   | false |
            Authorization                                 | false | a header: CredentialNames knows it
            """)
    void verdict(String name, boolean secret, String why) {
        assertEquals(secret, SecretNames.isSecret(name), name + (why == null ? "" : " (" + why + ")"));
    }

    @Test
    void blankAndNullAreNoSecretNames() {
        assertEquals(false, SecretNames.isSecret(""));
        assertEquals(false, SecretNames.isSecret(null));
    }

    @Test
    void wordsDropTheEnvironmentVariableSchemaSuffixAndThePath() {
        assertEquals(List.of("partner", "api", "token"), SecretNames.words("Partner API token (cr_PartnerApiToken)"));
        assertEquals(List.of("client", "secret"), SecretNames.words("body/clientSecret"));
    }
}
