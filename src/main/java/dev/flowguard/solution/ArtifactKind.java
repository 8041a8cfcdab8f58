package dev.flowguard.solution;

/** The shapes of artifact flowguard reads. */
public enum ArtifactKind {
    /** A zip with solution.xml at its root. */
    PACKED_SOLUTION,
    /** A folder in the {@code pac solution unpack} layout, or a zip's contents extracted. */
    UNPACKED_SOLUTION,
    /** A legacy flow package ({@code Microsoft.Flow/flows/<id>/definition.json}), zipped or not. */
    FLOW_PACKAGE,
    /** A folder of flow JSON files, or one flow file, outside any solution. */
    FLOW_FILES,
    /**
     * A Logic Apps Standard project: {@code <workflow>/workflow.json} folders beside {@code host.json},
     * {@code connections.json}, {@code parameters.json} and {@code local.settings.json}.
     */
    LOGIC_APP_STANDARD,
    /**
     * A Logic Apps deployment file found on its own: an ARM template parameter file, or a Standard project's
     * {@code connections.json} kept apart from its workflows. No flows; its values are checked like settings.
     */
    LOGIC_APP_DEPLOYMENT,
    /** A deployment settings file. */
    SETTINGS
}
