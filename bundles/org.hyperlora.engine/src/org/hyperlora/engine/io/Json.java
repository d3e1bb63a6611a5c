package org.hyperlora.engine.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small part of JSON (RFC 8259) the artifact header needs: quoting strings exactly, and a strict parser
 * into {@code LinkedHashMap<String, Object>} (member order kept, duplicate keys rejected),
 * {@code List<Object>}, {@code String}, {@link Number}, {@code Boolean} and {@code null}. Hand-written
 * because the engine must not depend on a JSON library just for this.
 */
final class Json {

    /** Objects nested deeper than this are refused, so a hostile file cannot overflow the stack. */
    private static final int MAX_DEPTH = 64;

    /** A JSON number kept as its text, so that integers of any size are checked exactly by the caller. */
    record Number(String text) {
    }

    /** Malformed JSON; {@link #offset} is the char index in the text where it was noticed. */
    static final class SyntaxException extends Exception {

        private static final long serialVersionUID = 1L;

        final int offset;

        SyntaxException(int offset, String message) {
            super(message);
            this.offset = offset;
        }
    }

    private final String text;
    private int position;

    private Json(String text) {
        this.text = text;
    }

    /** Appends {@code value} as a JSON string literal that decodes to exactly the same chars. */
    static StringBuilder appendQuoted(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c)) {
                        // An unpaired surrogate has no UTF-8 form; escaped, it survives the round trip.
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    static String quote(String value) {
        return appendQuoted(new StringBuilder(value.length() + 2), value).toString();
    }

    /** Parses one JSON value that makes up the whole text (surrounding whitespace allowed). */
    static Object parse(String text) throws SyntaxException {
        Json parser = new Json(text);
        parser.skipWhitespace();
        Object value = parser.value(0);
        parser.skipWhitespace();
        if (parser.position < text.length()) {
            throw parser.error("expected the end of the text after the value but found " + parser.found());
        }
        return value;
    }

    private Object value(int depth) throws SyntaxException {
        if (position >= text.length()) {
            throw error("expected a value but found the end of the text");
        }
        char c = text.charAt(position);
        return switch (c) {
            case '{' -> object(depth + 1);
            case '[' -> array(depth + 1);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw error("expected a value (object, array, string, number, true, false or null) but found "
                        + found());
            }
        };
    }

    private Map<String, Object> object(int depth) throws SyntaxException {
        checkDepth(depth);
        position++;
        Map<String, Object> members = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            position++;
            return members;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a member name in double quotes but found " + found());
            }
            int keyStart = position;
            String key = string();
            if (members.containsKey(key)) {
                throw new SyntaxException(keyStart, "duplicate key " + quote(key));
            }
            skipWhitespace();
            expect(':', "after member name " + quote(key));
            skipWhitespace();
            members.put(key, value(depth));
            skipWhitespace();
            if (peek() == ',') {
                position++;
            } else if (peek() == '}') {
                position++;
                return members;
            } else {
                throw error("expected ',' or '}' after the value of " + quote(key) + " but found " + found());
            }
        }
    }

    private List<Object> array(int depth) throws SyntaxException {
        checkDepth(depth);
        position++;
        List<Object> elements = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            position++;
            return elements;
        }
        while (true) {
            skipWhitespace();
            elements.add(value(depth));
            skipWhitespace();
            if (peek() == ',') {
                position++;
            } else if (peek() == ']') {
                position++;
                return elements;
            } else {
                throw error("expected ',' or ']' after an array element but found " + found());
            }
        }
    }

    private String string() throws SyntaxException {
        position++;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (position >= text.length()) {
                throw error("expected '\"' to close the string but found the end of the text");
            }
            char c = text.charAt(position);
            if (c == '"') {
                position++;
                return value.toString();
            }
            if (c < 0x20) {
                throw error("expected an escape such as \\n instead of the raw control character "
                        + String.format("U+%04X", (int) c) + " in a string");
            }
            if (c != '\\') {
                value.append(c);
                position++;
                continue;
            }
            position++;
            char escape = peek();
            switch (escape) {
                case '"', '\\', '/' -> value.append(escape);
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'u' -> {
                    position++;
                    value.append(hexChar());
                    continue;
                }
                default -> throw error("expected one of \" \\ / b f n r t u after '\\' but found " + found());
            }
            position++;
        }
    }

    private char hexChar() throws SyntaxException {
        if (position + 4 > text.length()) {
            throw error("expected four hex digits after \\u but found the end of the text");
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(position), 16);
            if (digit < 0) {
                throw error("expected four hex digits after \\u but found " + found());
            }
            code = code * 16 + digit;
            position++;
        }
        return (char) code;
    }

    private Number number() throws SyntaxException {
        int start = position;
        if (peek() == '-') {
            position++;
        }
        if (peek() == '0') {
            position++;
        } else if (!digits()) {
            throw error("expected a digit but found " + found());
        }
        if (peek() == '.') {
            position++;
            if (!digits()) {
                throw error("expected a digit after '.' but found " + found());
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            position++;
            if (peek() == '+' || peek() == '-') {
                position++;
            }
            if (!digits()) {
                throw error("expected a digit in the exponent but found " + found());
            }
        }
        return new Number(text.substring(start, position));
    }

    private boolean digits() {
        int start = position;
        while (position < text.length() && text.charAt(position) >= '0' && text.charAt(position) <= '9') {
            position++;
        }
        return position > start;
    }

    private Object literal(String word, Object value) throws SyntaxException {
        if (!text.startsWith(word, position)) {
            throw error("expected " + word + " but found " + found());
        }
        position += word.length();
        return value;
    }

    private void expect(char c, String where) throws SyntaxException {
        if (peek() != c) {
            throw error("expected '" + c + "' " + where + " but found " + found());
        }
        position++;
    }

    private void checkDepth(int depth) throws SyntaxException {
        if (depth > MAX_DEPTH) {
            throw error("expected at most " + MAX_DEPTH + " nested objects and arrays");
        }
    }

    private void skipWhitespace() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            position++;
        }
    }

    /** The current char, or U+FFFF at the end (which no branch expects, so it reads as "unexpected"). */
    private char peek() {
        return position < text.length() ? text.charAt(position) : '\uffff';
    }

    private String found() {
        if (position >= text.length()) {
            return "the end of the text";
        }
        char c = text.charAt(position);
        return c < 0x20 || c == 0x7f ? String.format("U+%04X", (int) c) : "'" + c + "'";
    }

    private SyntaxException error(String message) {
        return new SyntaxException(position, message);
    }
}
