package dev.flowguard.rules.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import org.junit.jupiter.api.Test;

class SecretPatternsTest {

    private static List<String> ids(String text) {
        return SecretPatterns.find(text).stream().map(SecretMatch::patternId).toList();
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void entraClientSecretsNeedTheirShapeAndSomeRandomness() {
        assertEquals(List.of("entra-client-secret"), ids("secret: Ab38Q~wE4rT5yU6iO7pA8sD9fG0hJ1kL2zX3cV4b"));
        assertEquals(List.of(), ids("secret: aaa8Q~aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
        assertEquals(List.of(), ids("secret: Ab38Q~wE4rT5"));
    }

    @Test
    void basicCredentialsMustDecodeToUserColonPassword() {
        assertEquals(List.of("basic-credentials"), ids("Authorization: Basic " + base64("svc:Pa55word-2026")));
        assertEquals(List.of(), ids("Use Basic authentication with a service account"));
        assertEquals(List.of(), ids("Authorization: Basic " + base64("just-a-user-name-here")));
        assertEquals(List.of(), ids("Authorization: Basic " + base64("svc:<password>")));
    }

    @Test
    void jwtsNeedAHeaderThatDecodes() {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"sub\":\"1234567890\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("jwt"), ids(header + "." + payload + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"));
        assertEquals(List.of(), ids("eyJ0eXAiOiJKV1QiLCJhbGciOi... (truncated sample)"));
    }

    @Test
    void aBearerJwtCountsOnceAsAJwt() {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"sub\":\"1234567890\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("jwt"), ids("Bearer " + header + "." + payload + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"));
    }

    @Test
    void genericBearerTokensNeedEntropy() {
        assertEquals(List.of("bearer-token"), ids("Bearer 9fK2x-Lq7Zp_Rt4Wv8Ny3Bc6Hd1Jm5Qs"));
        assertEquals(List.of(), ids("Bearer aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
        assertEquals(List.of(), ids("Send it as a Bearer token in the header"));
    }

    @Test
    void connectionStringPasswordsOnlyInConnectionStrings() {
        assertEquals(List.of("connection-string-password"), ids("Server=db;User Id=app;Password=Winter2026!x;"));
        assertEquals(List.of(), ids("Server=db;User Id=app;Password={your_password};"));
        assertEquals(List.of(), ids("grant_type=password&username=a&password=Winter2026!x"));
        assertEquals(List.of(), ids("Server=db;Integrated Security=true;Password=;"));
    }

    @Test
    void storageKeysAndSignatures() {
        String key = "Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5d2FsZG9mcmVkcGx1Z2g0MjQyNDI0MjQyNDI0MjQyNDI0MjQy";
        assertEquals(List.of("storage-account-key"), ids("DefaultEndpointsProtocol=https;AccountName=a;AccountKey=" + key));
        assertEquals(List.of(), ids("AccountKey=',concat(listKeys(concat(resourceGroup().id,'/providers/Microsoft.Storage'))"));
        assertEquals(List.of("sas-signature"), ids("sv=2022-11-02&sp=r&sig=Q2hhbmdlZCUyQmVuY29kZWQlMkZzaWduYXR1cmUlM0Q%3D"));
        assertEquals(List.of(), ids("sv=2022-11-02&sp=r&sig=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"));
    }

    @Test
    void azureIdentifiableKeys() {
        String random52 = "135vhLaJouQGmx6ATX1UWO9JEl4jqiFjtd2Q6t0yI6FqMT9A20b5";
        assertEquals(List.of("azure-common-annotated-key"), ids(random52 + "JQQJ99BBAAAAAAAAAAAAINFRAZML3u4W"));
        assertEquals(List.of(), ids(random52 + "JQQJ99"));
        String random76 = "Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5d2FsZG9mcmVkcGx1Z2g0MjQyNDI0MjQy";
        assertEquals(List.of("azure-512-bit-key"), ids(random76 + "+AStq1w2eA=="));
        assertEquals(List.of("azure-256-bit-key"), ids("SharedAccessKey=Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3Jhd" + "+ASbBq1w2e="));
    }

    @Test
    void keysWithASignatureAtAFixedPlaceAreFoundAsAScanOfEveryCharacterFindsThem() {
        // those patterns are only tried where their keyword puts a match's start; that must find what find() does
        String b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        List<String> fragments = List.of("APIM", "+ASt", "ACDb", "+ASb", "AzFu", "AzSe", "JQQJ9", "JQQJ99BB", "==", "=",
                " ", ";", "-", "_", "\u00e9", "\ud83d\udd11", "AccountKey=", "q1w2eA==");
        Random random = new Random(20261127);
        int compared = 0;
        int found = 0;
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < 60 + random.nextInt(240)) {
                switch (random.nextInt(4)) {
                    case 0 -> text.append(fragments.get(random.nextInt(fragments.size())).translateEscapes());
                    case 1 -> text.append(key(random, b64));
                    default -> text.append(randomText(random, b64, random.nextInt(60)));
                }
            }
            for (SecretPatterns.SecretPattern pattern : SecretPatterns.CATALOGUE) {
                if (pattern.keywordOffset() < 0) {
                    continue;
                }
                List<String> expected = pattern.regex().matcher(text).results().map(SecretPatternsTest::span).toList();
                assertEquals(expected, SecretPatterns.matches(pattern, text.toString()).stream().map(SecretPatternsTest::span)
                        .toList(), pattern.id() + " in " + text);
                compared++;
                found += expected.size();
            }
        }
        assertTrue(found > 100, "the generated texts hold keys: " + found + " in " + compared);
    }

    @Test
    void keywordsAfterCharactersBeyondLatin1AreStillFound() {
        assertEquals(List.of("connection-string-password"), ids("\ud83d\udd11\ud83d\udd11 Server=db;User Id=app;Password=Winter2026!x;"
                .translateEscapes()));
        String random76 = "Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5d2FsZG9mcmVkcGx1Z2g0MjQyNDI0MjQy";
        assertEquals(List.of("azure-512-bit-key"), ids("cl\u00e9 \ud83d\udd11 ".translateEscapes() + random76 + "+AStq1w2eA=="));
    }

    /** A key of one of the formats with a signature at a fixed place, with a random body. */
    private static String key(Random random, String b64) {
        String alphanumeric = b64.substring(0, 62);
        return switch (random.nextInt(5)) {
            case 0 -> randomText(random, b64, 76) + "+ASt" + randomText(random, b64, 5) + "A==";
            case 1 -> randomText(random, b64, 33) + "+ASb" + "B" + randomText(random, b64, 5) + "=";
            case 2 -> randomText(random, alphanumeric + "_-", 44) + "AzFu" + randomText(random, alphanumeric, 5) + "g==";
            case 3 -> randomText(random, b64, 42) + "AzSe" + "C" + randomText(random, b64, 5) + ";";
            default -> randomText(random, alphanumeric, 52) + "JQQJ99BBAAAAAAAAAAAAINFRAZML3u4W";
        };
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static String span(MatchResult match) {
        return match.start(1) + "-" + match.end(1);
    }

    @Test
    void documentationExamplesAndIdentifiersAreNotSecrets() {
        assertEquals(List.of(), ids("AKIAIOSFODNN7EXAMPLE is the key from the AWS docs"));
        assertEquals(List.of(), ids("3f0e5a1c-6d2b-4c8e-9a7f-1b2c3d4e5f60 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        assertEquals(List.of(), ids("@json(decodeBase64(triggerOutputs().headers['X-MS-APIM-Tokens']))['$ConnectionKey']"));
        assertEquals(List.of(), ids("-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----"));
    }

    @Test
    void everyPatternHasADocumentedId() throws Exception {
        String docs = java.nio.file.Files.readString(java.nio.file.Path.of("docs/secret-patterns.md"));
        for (SecretPatterns.SecretPattern pattern : SecretPatterns.CATALOGUE) {
            assertEquals(true, docs.contains("`" + pattern.id() + "`"), pattern.id() + " is not in docs/secret-patterns.md");
        }
    }

    /** Regression: the keywords that let these patterns run were looked for in a few fixed spellings only. */
    @Test
    void connectionStringKeywordsMatchWhateverTheirCase() {
        String key = "Zm9vYmFyYmF6cXV4cXV1eDEyMzQ1Njc4OTBhYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODk=";
        assertEquals(List.of("storage-account-key"),
                ids("DefaultEndpointsProtocol=https;AccountName=contoso;accountKey=" + key + ";EndpointSuffix=core.windows.net"));
        assertEquals(List.of("storage-account-key"),
                ids("DefaultEndpointsProtocol=https;AccountName=contoso;ACCOUNTKEY=" + key));
        assertEquals(List.of("connection-string-password"),
                ids("Server=tcp:contoso.database.windows.net;Database=orders;User ID=svc;PassWord=Xk9!pQ2#vL7w;"));
        assertEquals(List.of("connection-string-password"),
                ids("server=tcp:contoso.database.windows.net;database=orders;uid=svc;pWd=Xk9!pQ2#vL7w;"));
    }
}
