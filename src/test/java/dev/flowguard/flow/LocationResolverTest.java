package dev.flowguard.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocationResolverTest {

    private static final String TEXT = """
            {
              "properties": {
                "definition": {
                  "triggers": {
                    "manual": {
                      "type": "Request",
                      "inputs": { "triggerAuthenticationType": "All" }
                    }
                  },
                  "actions": { "A/b": { "type": "Compose", "inputs": ["x", {"y": "é"}] } }
                }
              }
            }
            """;

    @Test
    void locatesObjectMembersAtTheirNameAndArrayElementsAtTheirValue() {
        Map<String, SourceLocation> found = LocationResolver.resolve(TEXT, List.of(
                "/properties/definition/triggers/manual",
                "/properties/definition/triggers/manual/inputs/triggerAuthenticationType",
                "/properties/definition/actions/A~1b/inputs/1/y"));

        assertEquals(at(5, "\"manual\""), found.get("/properties/definition/triggers/manual"));
        assertEquals(at(7, "\"triggerAuthenticationType\""), found.get("/properties/definition/triggers/manual/inputs/triggerAuthenticationType"));
        assertEquals(10, found.get("/properties/definition/actions/A~1b/inputs/1/y").line());
        Map<String, SourceLocation> element = LocationResolver.resolve(TEXT, List.of("/properties/definition/actions/A~1b/inputs/0"));
        assertEquals(at(10, "\"x\""), element.get("/properties/definition/actions/A~1b/inputs/0"));
    }

    /** Where {@code token} starts on a 1-based line of the text, 1-based like the resolver. */
    private static SourceLocation at(int line, String token) {
        return new SourceLocation(line, TEXT.lines().toList().get(line - 1).indexOf(token) + 1);
    }

    @Test
    void tellsApartValuesOfTheSameNameAndFindsTheRoot() {
        Map<String, SourceLocation> found = LocationResolver.resolve(TEXT, List.of(
                "/properties/definition/actions/A~1b/type", "/properties/definition/triggers/manual/type", ""));

        assertEquals(at(6, "\"type\""), found.get("/properties/definition/triggers/manual/type"));
        assertEquals(at(10, "\"type\""), found.get("/properties/definition/actions/A~1b/type"));
        assertEquals(new SourceLocation(1, 1), found.get(""));
    }

    @Test
    void leavesOutPointersThatAreNotInTheFile() {
        Map<String, SourceLocation> found = LocationResolver.resolve(TEXT, List.of("/nowhere"));
        assertFalse(found.containsKey("/nowhere"));
    }

    @Test
    void survivesTextThatNoLongerParses() {
        assertEquals(Map.of(), LocationResolver.resolve("{\"a\": [", List.of("/b")));
    }
}
