package dev.flowguard.maven;

/**
 * One {@code <rule>} of the {@code rules} parameter:
 * {@code <rule><id>FG204</id><severity>HIGH</severity><enabled>true</enabled></rule>}.
 * A mutable bean because Maven injects configuration through setters.
 */
public class RuleConfig {

    private String id;
    private String severity;
    private Boolean enabled;

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

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }
}
