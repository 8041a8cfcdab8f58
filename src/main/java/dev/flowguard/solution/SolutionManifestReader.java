package dev.flowguard.solution;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the solution's name from solution.xml: its unique name, unless the unique name says nothing a reader
 * would recognise (a generated {@code Cr60213}, where the maker portal shows "UserOnboardingAgent"), in which case
 * the display name comes first: {@code UserOnboardingAgent (Cr60213)}.
 */
final class SolutionManifestReader {

    private SolutionManifestReader() {
    }

    static String uniqueName(byte[] bytes) throws UnreadableException {
        XMLStreamReader reader = SecureXml.reader(bytes);
        String unique = null;
        String display = null;
        boolean englishDisplay = false;
        Deque<String> path = new ArrayDeque<>();
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    path.pop();
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String element = reader.getLocalName();
                String parent = path.peek();
                String grandParent = path.size() > 1 ? path.toArray(new String[0])[1] : null;
                if ("SolutionManifest".equals(parent) && element.equals("UniqueName") && unique == null) {
                    unique = reader.getElementText().strip();
                    continue; // getElementText consumed the end tag
                }
                if ("LocalizedNames".equals(parent) && "SolutionManifest".equals(grandParent)
                        && element.equals("LocalizedName") && !englishDisplay) {
                    String description = reader.getAttributeValue(null, "description");
                    if (description != null && !description.isBlank()) {
                        englishDisplay = "1033".equals(reader.getAttributeValue(null, "languagecode"));
                        if (display == null || englishDisplay) {
                            display = description.strip();
                        }
                    }
                }
                path.push(element);
            }
            return name(unique, display);
        } catch (XMLStreamException e) {
            throw SecureXml.malformed(e);
        } finally {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // reading from a string; nothing to release
            }
        }
    }

    /** The unique name when it is the display name without spaces (the usual case), else both. */
    static String name(String unique, String display) {
        if (unique == null || unique.isBlank()) {
            return display;
        }
        if (display == null || squeeze(display).equals(squeeze(unique))) {
            return unique;
        }
        return display + " (" + unique + ")";
    }

    private static String squeeze(String name) {
        return name.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    }
}
