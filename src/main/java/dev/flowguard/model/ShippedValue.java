package dev.flowguard.model;

import dev.flowguard.solution.EnvironmentVariable;
import java.util.List;

/**
 * A value that travels with an artifact, outside its flows' actions: what ships it to every environment it is
 * imported into, and to everyone who can read the repository. FG104, FG202 and FG203 iterate the one list of them.
 *
 * @param file the file as findings name it
 * @param jsonPointer where the value is in that file, or null when the file holds only it (an environment
 *     variable's definition, whose XML has no pointer)
 * @param names what the value is called: a stand-in often repeats its name
 * @param subject how messages name the value: {@code the default value of environment variable 'Partner API Key'
 *     (hc_PartnerConfig)}
 * @param secretNamed whether a name says secret
 * @param secureType carried by a {@code securestring}/{@code secureobject} parameter, or a Secret environment variable
 * @param definition the environment variable the value is for, when it is one's
 */
public record ShippedValue(Kind kind, String file, String jsonPointer, String value, List<String> names, String subject,
        boolean secretNamed, boolean secureType, EnvironmentVariable definition) {

    public enum Kind {
        ENVIRONMENT_VARIABLE_DEFAULT,
        ENVIRONMENT_VARIABLE_CURRENT,
        /** A deployment settings file's value for an environment variable. */
        DEPLOYMENT_SETTING,
        /** A flow's copy of an environment variable's default, or a definition parameter's default. */
        FLOW_PARAMETER_DEFAULT,
        /** An ARM template parameter's default that feeds a workflow parameter. */
        TEMPLATE_PARAMETER_DEFAULT,
        /** A value written into a logic app resource's {@code properties.parameters}. */
        WORKFLOW_PARAMETER_VALUE,
        /** A {@code Microsoft.Web/connections} resource's {@code parameterValues}. */
        CONNECTION_PARAMETER,
        /** A Logic Apps Standard project's settings files: local.settings.json, parameters.json, connections.json. */
        LOGIC_APP_SETTING,
        /** A value an ARM template parameter file ({@code deploymentParameters}) gives a template parameter. */
        ARM_PARAMETER_VALUE
    }

    public ShippedValue {
        names = List.copyOf(names);
    }

    /** {@link #subject} as a sentence starts. */
    public String sentenceSubject() {
        return Character.toUpperCase(subject.charAt(0)) + subject.substring(1);
    }

    /** Whether the value belongs to an Azure Logic Apps artifact, whose secrets live in app settings and Key Vault. */
    public boolean isLogicApp() {
        return kind == Kind.TEMPLATE_PARAMETER_DEFAULT || kind == Kind.WORKFLOW_PARAMETER_VALUE
                || kind == Kind.CONNECTION_PARAMETER || kind == Kind.LOGIC_APP_SETTING || kind == Kind.ARM_PARAMETER_VALUE;
    }
}
