package dev.flowguard.scan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Finding fingerprints that survive reformatting, line moves and renaming of the packed zip: the rule,
 * the file's path inside its solution, the action path and a hash of the offending value.
 */
final class Fingerprints {

    private Fingerprints() {
    }

    static String of(String ruleId, String solutionRelativeFile, String actionPath, String evidence) {
        return sha256Hex(ruleId + '\u0000' + solutionRelativeFile + '\u0000' + actionPath + '\u0000'
                + sha256Hex(evidence)).substring(0, 32);
    }

    private static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
