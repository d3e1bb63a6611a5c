package org.hyperlora.engine.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON header of an artifact (see {@link ArtifactFormat}): kind, metadata and tensor table, written
 * readably and read strictly, with messages that say where and what.
 */
final class Header {

    /** One row of the tensor table; offsets and lengths in bytes, offsets relative to the data section. */
    record TensorEntry(String name, TensorType type, int[] shape, long offset, long length) {

        long end() {
            return offset + length;
        }
    }

    /** The header is unusable; the message is the reason, without the path. */
    static final class InvalidHeaderException extends Exception {

        private static final long serialVersionUID = 1L;

        InvalidHeaderException(String message) {
            super(message);
        }
    }

    final String kind;
    final Map<String, String> metadata;
    final List<TensorEntry> tensors;

    Header(String kind, Map<String, String> metadata, List<TensorEntry> tensors) {
        this.kind = kind;
        this.metadata = metadata;
        this.tensors = tensors;
    }

    /** Pretty-printed, one metadata member and one tensor per line, so that {@code head} shows it readably. */
    String toJson() {
        StringBuilder json = new StringBuilder(256 + 64 * metadata.size() + 96 * tensors.size());
        json.append("{\n  \"kind\": ");
        Json.appendQuoted(json, kind).append(",\n  \"metadata\": {");
        String separator = "\n    ";
        for (Map.Entry<String, String> member : metadata.entrySet()) {
            json.append(separator);
            Json.appendQuoted(json, member.getKey()).append(": ");
            Json.appendQuoted(json, member.getValue());
            separator = ",\n    ";
        }
        json.append(metadata.isEmpty() ? "}" : "\n  }").append(",\n  \"tensors\": [");
        separator = "\n    ";
        for (TensorEntry tensor : tensors) {
            json.append(separator).append("{\"name\": ");
            Json.appendQuoted(json, tensor.name()).append(", \"dtype\": \"").append(tensor.type().label())
                    .append("\", \"shape\": [");
            for (int axis = 0; axis < tensor.shape().length; axis++) {
                json.append(axis == 0 ? "" : ", ").append(tensor.shape()[axis]);
            }
            json.append("], \"offset\": ").append(tensor.offset()).append(", \"length\": ").append(tensor.length())
                    .append('}');
            separator = ",\n    ";
        }
        return json.append(tensors.isEmpty() ? "]" : "\n  ]").append("\n}\n").toString();
    }

    /**
     * Decodes and checks a header.
     *
     * @param bytes the UTF-8 header as stored
     * @param fileOffset where the header starts in the file, for positions in messages
     * @param dataLength size of the data section, which every tensor must lie in
     */
    static Header parse(byte[] bytes, long fileOffset, long dataLength) throws InvalidHeaderException {
        String text = decodeUtf8(bytes, fileOffset);
        Object root;
        try {
            root = Json.parse(text);
        } catch (Json.SyntaxException e) {
            throw new InvalidHeaderException("malformed header at " + describePosition(text, e.offset, fileOffset)
                    + ": " + e.getMessage());
        }
        Map<String, Object> members = asObject(root, "the header");
        String kind = requiredString(members, "kind", "the header");
        if (kind.isEmpty()) {
            throw new InvalidHeaderException("invalid header: \"kind\" is empty");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Map.Entry<String, Object> member : asObject(required(members, "metadata", "the header"),
                "\"metadata\"").entrySet()) {
            if (!(member.getValue() instanceof String value)) {
                throw new InvalidHeaderException("invalid header: metadata " + Json.quote(member.getKey())
                        + " must be a string but is " + describeType(member.getValue()));
            }
            metadata.put(member.getKey(), value);
        }
        Object table = required(members, "tensors", "the header");
        if (!(table instanceof List<?> rows)) {
            throw new InvalidHeaderException("invalid header: \"tensors\" must be an array but is "
                    + describeType(table));
        }
        List<TensorEntry> tensors = new ArrayList<>(rows.size());
        Set<String> names = new HashSet<>();
        for (int row = 0; row < rows.size(); row++) {
            TensorEntry tensor = tensorEntry(rows.get(row), row, dataLength);
            if (!names.add(tensor.name())) {
                throw new InvalidHeaderException("invalid header: duplicate tensor name '" + tensor.name() + "'");
            }
            tensors.add(tensor);
        }
        checkNoOverlap(tensors);
        return new Header(kind, metadata, tensors);
    }

    private static TensorEntry tensorEntry(Object row, int index, long dataLength) throws InvalidHeaderException {
        String where = "tensors[" + index + "]";
        Map<String, Object> fields = asObject(row, where);
        String name = requiredString(fields, "name", where);
        if (name.isEmpty()) {
            throw new InvalidHeaderException("invalid header: " + where + " has an empty name");
        }
        where = "tensor '" + name + "'";
        String label = requiredString(fields, "dtype", where);
        TensorType type = TensorType.fromLabel(label).orElseThrow(() -> new InvalidHeaderException(
                "invalid header: " + "tensor '" + name + "' has unknown dtype " + Json.quote(label) + " (this build reads "
                        + Arrays.stream(TensorType.values()).map(TensorType::label).toList() + ")"));
        Object shapeValue = required(fields, "shape", where);
        if (!(shapeValue instanceof List<?> extents)) {
            throw new InvalidHeaderException("invalid header: " + where + " has a shape that is not an array but "
                    + describeType(shapeValue));
        }
        int[] shape = new int[extents.size()];
        for (int axis = 0; axis < shape.length; axis++) {
            shape[axis] = (int) integer(extents.get(axis), Integer.MAX_VALUE, where + " shape[" + axis + "]");
        }
        long offset = integer(required(fields, "offset", where), Long.MAX_VALUE, where + " offset");
        long length = integer(required(fields, "length", where), Long.MAX_VALUE, where + " length");
        int count;
        try {
            count = Tensor.elementCount(shape);
        } catch (IllegalArgumentException e) {
            throw new InvalidHeaderException("invalid header: " + where + ": " + e.getMessage());
        }
        long expectedLength = (long) count * type.bytesPerElement();
        if (length != expectedLength) {
            throw new InvalidHeaderException("invalid header: " + where + " (" + type + ", shape " + Arrays.toString(shape)
                    + ") needs " + expectedLength + " bytes but the table says " + length);
        }
        if (offset % ArtifactFormat.ALIGNMENT != 0) {
            throw new InvalidHeaderException("invalid header: " + where + " starts at offset " + offset
                    + ", which is not a multiple of " + ArtifactFormat.ALIGNMENT);
        }
        if (offset > dataLength - length) {
            throw new InvalidHeaderException("invalid header: " + where + " occupies data bytes " + offset + ".."
                    + (offset + length) + " but the data section has only " + dataLength + " bytes");
        }
        return new TensorEntry(name, type, shape, offset, length);
    }

    private static void checkNoOverlap(List<TensorEntry> tensors) throws InvalidHeaderException {
        List<TensorEntry> byOffset = new ArrayList<>(tensors);
        byOffset.sort(Comparator.comparingLong(TensorEntry::offset));
        for (int i = 1; i < byOffset.size(); i++) {
            TensorEntry previous = byOffset.get(i - 1);
            TensorEntry next = byOffset.get(i);
            if (next.offset() < previous.end()) {
                throw new InvalidHeaderException("invalid header: tensors '" + previous.name() + "' (bytes "
                        + previous.offset() + ".." + previous.end() + ") and '" + next.name() + "' (bytes "
                        + next.offset() + ".." + next.end() + ") overlap");
            }
        }
    }

    private static String decodeUtf8(byte[] bytes, long fileOffset) throws InvalidHeaderException {
        // A strict decoder: the lenient String constructor would silently turn bad bytes into U+FFFD.
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new InvalidHeaderException("malformed header: invalid UTF-8 at file offset " + (fileOffset + in.position()));
        }
        return out.flip().toString();
    }

    private static String describePosition(String text, int charOffset, long fileOffset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < charOffset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int bytesBefore = text.substring(0, Math.min(charOffset, text.length())).getBytes(StandardCharsets.UTF_8).length;
        return "file offset " + (fileOffset + bytesBefore) + " (header line " + line + ", column "
                + (charOffset - lineStart + 1) + ")";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object value, String what) throws InvalidHeaderException {
        if (!(value instanceof Map<?, ?>)) {
            throw new InvalidHeaderException("invalid header: " + what + " must be an object but is " + describeType(value));
        }
        return (Map<String, Object>) value;
    }

    private static Object required(Map<String, Object> members, String key, String where)
            throws InvalidHeaderException {
        if (!members.containsKey(key)) {
            throw new InvalidHeaderException("invalid header: " + where + " has no \"" + key + "\"");
        }
        return members.get(key);
    }

    private static String requiredString(Map<String, Object> members, String key, String where)
            throws InvalidHeaderException {
        Object value = required(members, key, where);
        if (!(value instanceof String string)) {
            throw new InvalidHeaderException("invalid header: \"" + key + "\" of " + where + " must be a string but is "
                    + describeType(value));
        }
        return string;
    }

    /** A non-negative integer no larger than {@code max}, spelled without fraction or exponent. */
    private static long integer(Object value, long max, String what) throws InvalidHeaderException {
        if (value instanceof Json.Number number && number.text().matches("0|[1-9][0-9]{0,18}")) {
            try {
                long parsed = Long.parseLong(number.text());
                if (parsed <= max) {
                    return parsed;
                }
            } catch (NumberFormatException tooLarge) {
                // Falls through to the message below, like any other out-of-range value.
            }
        }
        throw new InvalidHeaderException("invalid header: " + what + " must be an integer from 0 to " + max
                + " but is " + (value instanceof Json.Number number ? number.text() : describeType(value)));
    }

    private static String describeType(Object value) {
        if (value == null) {
            return "null";
        } else if (value instanceof Map<?, ?>) {
            return "an object";
        } else if (value instanceof List<?>) {
            return "an array";
        } else if (value instanceof String) {
            return "a string";
        } else if (value instanceof Boolean) {
            return "a boolean";
        }
        return "a number";
    }
}
