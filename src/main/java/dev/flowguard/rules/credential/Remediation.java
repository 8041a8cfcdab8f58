package dev.flowguard.rules.credential;

/** The fix every hardcoded-credential rule points to. */
final class Remediation {

    static final String KEY_VAULT = "Rotate the exposed credential, then keep it in an environment variable of type Secret "
            + "(backed by Azure Key Vault) referenced as @parameters('…'), or read it with the Key Vault connector's "
            + "Get secret action with Secure outputs on.";

    private Remediation() {
    }
}
