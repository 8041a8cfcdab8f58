package dev.flowguard.solution;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads the solution's unique name from solution.xml. */
final class SolutionManifestReader {

    private SolutionManifestReader() {
    }

    static String uniqueName(byte[] bytes) throws UnreadableException {
        XMLStreamReader reader = SecureXml.reader(bytes);
        try {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("UniqueName")) {
                    return reader.getElementText().strip();
                }
            }
            return null;
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
}
