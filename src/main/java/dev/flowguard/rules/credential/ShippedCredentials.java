package dev.flowguard.rules.credential;

import dev.flowguard.knowledge.Literals;
import dev.flowguard.model.ShippedValue;
import java.util.List;

/**
 * Which rule reports a value an artifact ships, so that one value is one finding: a credential an API connection is
 * deployed with is FG101's (the connection's {@code parameterValues} are its authentication), a value in a known
 * secret format FG104's, and any other secret-like value FG203's.
 */
public final class ShippedCredentials {

    private ShippedCredentials() {
    }

    /**
     * The credential an API connection ({@code Microsoft.Web/connections}) is deployed with, judged by its key
     * ({@code password}, {@code accessKey}, {@code sharedkey} …): a credential or a placeholder; NONE when the key
     * says nothing secret or the value is an expression ({@code [parameters('sqlPassword')]}).
     */
    public static Literals.Judgement connectionCredential(ShippedValue value) {
        if (value.kind() != ShippedValue.Kind.CONNECTION_PARAMETER || !value.secretNamed()) {
            return Literals.Judgement.NONE;
        }
        return Literals.judge(value.value(), Literals.Context.SECRET_NAME, value.names());
    }

    /** The known secret formats in {@code value} that FG104 reports: none when FG101 reports the value. */
    static List<SecretMatch> formats(ShippedValue value) {
        if (connectionCredential(value) != Literals.Judgement.NONE) {
            return List.of();
        }
        return SecretPatterns.find(value.value());
    }

    /** Whether FG101 or FG104 reports the value, leaving FG203 nothing to add. */
    public static boolean reportedAsCredential(ShippedValue value) {
        return value.kind() == ShippedValue.Kind.CONNECTION_PARAMETER || !formats(value).isEmpty();
    }
}
