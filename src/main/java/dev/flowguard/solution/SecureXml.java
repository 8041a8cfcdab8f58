package dev.flowguard.solution;

import java.io.StringReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers that refuse DTDs and external entities, so solution XML from anyone cannot make
 * flowguard read local files or the network (XXE) or expand entities without bound.
 */
final class SecureXml {

    private static final XMLInputFactory FACTORY = createFactory();

    private SecureXml() {
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    static XMLStreamReader reader(byte[] bytes) throws UnreadableException {
        String text = TextDecoder.decode(bytes);
        try {
            synchronized (FACTORY) {
                return FACTORY.createXMLStreamReader(new StringReader(text));
            }
        } catch (XMLStreamException e) {
            throw new UnreadableException("malformed XML: " + firstLine(e.getMessage()), e);
        }
    }

    static UnreadableException malformed(XMLStreamException e) {
        return new UnreadableException("malformed XML: " + firstLine(e.getMessage()), e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String trimmed = message.strip();
        int newline = trimmed.lastIndexOf('\n');
        // StAX puts "ParseError at [row,col]" on the first line and the reason on the last
        String reason = newline >= 0 ? trimmed.substring(newline + 1).strip() : trimmed;
        return reason.length() > 200 ? reason.substring(0, 200) + "…" : reason;
    }
}
