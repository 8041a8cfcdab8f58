package dev.flowguard.solution;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Parses JSON files within the nesting and string-length limits, once, straight from what was read:
 * UTF-8 with or without BOM strictly decoded on the way, UTF-16 with BOM detected by Jackson.
 */
public final class JsonReader {

    private final ObjectMapper mapper;
    private final ReadLimits limits;

    public JsonReader(ReadLimits limits) {
        this.limits = limits;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxJsonNesting())
                        .maxStringLength(limits.maxStringLength())
                        .maxTokenCount(limits.maxJsonTokens())
                        .build())
                // ARM templates that carry Logic Apps definitions are JSON with comments
                .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                // action names make most field names of a flow unique to it: canonicalizing them into the
                // shared symbol table costs a third of the parse and saves nothing (docs/performance.md)
                .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
                .build();
        this.mapper = JsonMapper.builder(factory).build();
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public JsonNode parse(byte[] bytes) throws UnreadableException {
        try {
            JsonNode root = isUtf8(bytes) ? mapper.readTree(strictUtf8(bytes)) : mapper.readTree(bytes);
            if (root == null || root.isMissingNode()) {
                throw new UnreadableException("empty file, no JSON in it");
            }
            return root;
        } catch (StreamConstraintsException e) {
            String reason = constraintReason(e);
            throw new UnreadableException(reason, ScrubbedCause.of(e, reason));
        } catch (CharacterCodingException e) {
            throw new UnreadableException("not valid JSON: invalid UTF-8", e);
        } catch (JsonProcessingException e) {
            String reason = "not valid JSON: " + describe(e);
            throw new UnreadableException(reason, ScrubbedCause.of(e, reason));
        } catch (IOException e) {
            String reason = "cannot parse: " + e.getClass().getSimpleName();
            throw new UnreadableException(reason, ScrubbedCause.of(e, reason));
        }
    }

    /** No UTF-16 or UTF-32 byte order mark, and no NUL in the first bytes as UTF-16/32 without one would have. */
    private static boolean isUtf8(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return false;
        }
        for (int i = 0; i < Math.min(4, bytes.length); i++) {
            if (bytes[i] == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * With field-name canonicalization off, Jackson reads bytes through a lenient JDK reader that turns
     * invalid UTF-8 into replacement characters; a broken file must be reported, not misread, so UTF-8 is
     * decoded here, strictly. UTF-16 and UTF-32 are left to Jackson's own detection.
     */
    private static Reader strictUtf8(byte[] bytes) {
        int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        return new InputStreamReader(new ByteArrayInputStream(bytes, bom, bytes.length - bom),
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private String constraintReason(StreamConstraintsException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("nesting depth")) {
            return "JSON nested deeper than the limit of " + limits.maxJsonNesting() + " levels";
        }
        if (message.contains("String value length")) {
            return "JSON string longer than the limit of " + limits.maxStringLength() + " characters";
        }
        if (message.contains("Token count")) {
            return "JSON with more than the limit of " + limits.maxJsonTokens() + " tokens";
        }
        return "JSON over a size limit";
    }

    /**
     * Jackson's own message quotes the offending token, which could be part of a secret, so only the
     * position and the kind of error are kept.
     */
    static String describe(JsonProcessingException e) {
        String kind = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage();
        if (kind.startsWith("Unexpected end-of-input")) {
            kind = "unexpected end of input (truncated?)";
        } else if (kind.startsWith("Unexpected character")) {
            kind = "unexpected character";
        } else if (kind.startsWith("Unrecognized token")) {
            kind = "unrecognized token";
        } else if (kind.contains("Invalid UTF-8")) {
            kind = "invalid UTF-8";
        } else if (kind.startsWith("Illegal unquoted character")) {
            kind = "control character in a string";
        } else {
            kind = "syntax error";
        }
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            return kind + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        }
        return kind;
    }
}
