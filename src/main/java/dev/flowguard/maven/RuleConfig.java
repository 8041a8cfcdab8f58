package dev.flowguard.maven;

/**
 * One {@code <rule>} of the {@code rules} parameter:
 * {@code <rule><id>FG204</id><severity>HIGH</severity><enabled>true</enabled></rule>}.
 * A mutable bean because Maven injects configuration through setters. {@code enabled} is kept as written: Maven
 * would turn {@code yes} into {@code false} and switch the rule off, so the check refuses anything but true or false.
 */
public class RuleConfig {

    private String id;
    private String severity;
    private String enabled;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }

    public String getEnabled() {
        return enabled;
    }

    public void setEnabled(String enabled) {
        this.enabled = enabled;
    }
}
