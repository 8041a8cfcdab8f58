package dev.flowguard.rules.credential;

/**
 * A known secret format found in a text.
 *
 * @param kind what the secret is, for messages ("an Entra ID client secret")
 * @param secret the secret part only (the key of {@code AccountKey=…}), never shown, only redacted and hashed
 * @param start where the secret starts in the text, to keep overlapping formats from counting twice
 */
record SecretMatch(String patternId, String kind, String secret, int start, int end) {

    boolean overlaps(SecretMatch other) {
        return start < other.end && other.start < end;
    }
}
