package dev.flowguard.rules;

/**
 * The one place that decides how a secret value appears in messages and reports: as its length
 * ({@code <redacted 32 chars>}) unless the user opted in with {@code showSecrets}.
 */
public record Redactor(boolean showSecrets) {

    public static final Redactor REDACTING = new Redactor(false);

    public String redact(String secret) {
        if (secret == null) {
            return "<redacted>";
        }
        if (showSecrets) {
            return "'" + secret + "'";
        }
        int length = secret.codePointCount(0, secret.length());
        return "<redacted " + length + (length == 1 ? " char>" : " chars>");
    }
}
