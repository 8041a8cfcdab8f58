package dev.flowguard.solution;

/** The {@code <type>} codes of environment-variable definitions. */
public enum EnvironmentVariableType {
    STRING(100000000),
    NUMBER(100000001),
    BOOLEAN(100000002),
    JSON(100000003),
    DATA_SOURCE(100000004),
    SECRET(100000005),
    UNKNOWN(-1);

    private final int code;

    EnvironmentVariableType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static EnvironmentVariableType fromCode(String text) {
        if (text != null) {
            for (EnvironmentVariableType type : values()) {
                if (String.valueOf(type.code).equals(text.strip())) {
                    return type;
                }
            }
        }
        return UNKNOWN;
    }
}
