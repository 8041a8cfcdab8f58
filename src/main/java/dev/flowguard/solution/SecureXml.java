package dev.flowguard.solution;

import java.io.StringReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * StAX readers that refuse DTDs and entity references, so solution XML from anyone cannot make
 * flowguard read local files or the network (XXE) or expand entities without bound (billion laughs).
 * No solution file Power Platform writes has a DOCTYPE, so one is refused outright rather than skipped.
 */
public final class SecureXml {

    private SecureXml() {
    }

    /**
     * A new factory per document: factories are not documented thread-safe, and goals run in parallel
     * under {@code mvn -T}. The JDK's own implementation is asked for by name, so a StAX provider on
     * the class path cannot bring other defaults. Every XML flowguard reads (solutions, suppressions files) is read
     * through one of these.
     */
    public static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resources are not read");
        });
        return factory;
    }

    static XMLStreamReader reader(byte[] bytes) throws UnreadableException {
        String text = TextDecoder.decode(bytes);
        try {
            return new RefusingDtds(factory().createXMLStreamReader(new StringReader(text)));
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    static UnreadableException malformed(XMLStreamException e) {
        if (e instanceof RefusedXml) {
            return new UnreadableException(e.getMessage(), e);
        }
        String reason = "malformed XML" + at(e) + ": " + reason(e.getMessage());
        return new UnreadableException(reason, ScrubbedCause.of(e, reason));
    }

    private static String at(XMLStreamException e) {
        if (e.getLocation() == null || e.getLocation().getLineNumber() <= 0) {
            return "";
        }
        return " at line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
    }

    /**
     * StAX puts "ParseError at [row,col]" on the first line and the reason on the last. The reason
     * quotes names from the document, and a broken value ({@code <defaultvalue>pa<ss…}) turns part of a
     * secret into such a name, so everything quoted is left out.
     */
    static String reason(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable";
        }
        String trimmed = message.strip();
        int newline = trimmed.lastIndexOf('\n');
        String reason = newline >= 0 ? trimmed.substring(newline + 1).strip() : trimmed;
        if (reason.startsWith("Message:")) {
            reason = reason.substring("Message:".length()).strip();
        }
        reason = reason.replaceAll("\"[^\"]*\"", "\"…\"").replaceAll("'[^']*'", "'…'");
        return reason.length() > 200 ? reason.substring(0, 200) + "…" : reason;
    }

    /** Raised for a DOCTYPE or an entity reference; its message is the whole reason. */
    private static final class RefusedXml extends XMLStreamException {

        private static final long serialVersionUID = 1L;

        RefusedXml(String reason) {
            super(reason);
        }
    }

    /** Fails on the DOCTYPE event, which comes before the root element, so nothing after it is read. */
    private static final class RefusingDtds extends StreamReaderDelegate {

        RefusingDtds(XMLStreamReader reader) throws XMLStreamException {
            super(reader);
            refuse(reader.getEventType());
        }

        @Override
        public int next() throws XMLStreamException {
            return refuse(super.next());
        }

        @Override
        public int nextTag() throws XMLStreamException {
            return refuse(super.nextTag());
        }

        /** The StAX contract, but through {@link #next()}, so an entity inside the text is refused too. */
        @Override
        public String getElementText() throws XMLStreamException {
            if (getEventType() != XMLStreamConstants.START_ELEMENT) {
                throw new XMLStreamException("element text read outside an element", getLocation());
            }
            StringBuilder text = new StringBuilder();
            while (true) {
                int event = next();
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            text.append(getText());
                    case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                        // not part of the text
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        return text.toString();
                    }
                    default -> throw new XMLStreamException("an element where only text was expected", getLocation());
                }
            }
        }

        private static int refuse(int event) throws RefusedXml {
            if (event == XMLStreamConstants.DTD) {
                throw new RefusedXml("XML with a DOCTYPE refused (DTDs and entities are not allowed)");
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new RefusedXml("XML with an entity reference refused (entities are not allowed)");
            }
            return event;
        }
    }
}
