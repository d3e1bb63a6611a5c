package org.hyperlora.engine.pde;

/**
 * Splits expression text into tokens on demand, so that the first error in reading order is the one
 * reported. Tracks 1-based line and column; a tab counts as one column, {@code \r} is whitespace.
 */
final class Lexer {

    enum TokenType {
        NUMBER, NAME, PLUS, MINUS, STAR, SLASH, CARET, LEFT_PAREN, RIGHT_PAREN, COMMA, END
    }

    /** One token; {@code number} is set for NUMBER tokens only. */
    record Token(TokenType type, String text, double number, int line, int column, int offset) {

        /** How the token is named in "but found ..." messages. */
        String describe() {
            return type == TokenType.END ? "end of input" : "'" + text + "'";
        }
    }

    private final String source;
    private int position;
    private int line = 1;
    private int lineStart;

    Lexer(String source) {
        this.source = source;
    }

    Token next() {
        skipWhitespace();
        int start = position;
        int column = start - lineStart + 1;
        if (position >= source.length()) {
            return new Token(TokenType.END, "", 0, line, column, start);
        }
        char c = source.charAt(position);
        if (isDigit(c) || (c == '.' && position + 1 < source.length() && isDigit(source.charAt(position + 1)))) {
            return number(start, column);
        }
        if (isLetter(c)) {
            // Names may carry '_' so that a derivative such as u_xy arrives as one token.
            position++;
            while (position < source.length() && (isLetterOrDigit(source.charAt(position)) || source.charAt(position) == '_')) {
                position++;
            }
            return new Token(TokenType.NAME, source.substring(start, position), 0, line, column, start);
        }
        TokenType type = switch (c) {
            case '+' -> TokenType.PLUS;
            case '-' -> TokenType.MINUS;
            case '*' -> TokenType.STAR;
            case '/' -> TokenType.SLASH;
            case '^' -> TokenType.CARET;
            case '(' -> TokenType.LEFT_PAREN;
            case ')' -> TokenType.RIGHT_PAREN;
            case ',' -> TokenType.COMMA;
            default -> null;
        };
        if (type == null) {
            String shown = Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c);
            String hint = c == '=' ? " (write the residual only, e.g. 'u_t - u_xx' instead of 'u_t = u_xx')" : "";
            throw new ExpressionException(line, column, start, 1, "unexpected character '" + shown + "'" + hint);
        }
        position++;
        return new Token(type, String.valueOf(c), 0, line, column, start);
    }

    /** Reads {@code digits [. digits] [e|E [+|-] digits]} or {@code . digits [exponent]}. */
    private Token number(int start, int column) {
        skipDigits();
        if (position < source.length() && source.charAt(position) == '.') {
            position++;
            skipDigits();
        }
        if (position < source.length() && (source.charAt(position) == 'e' || source.charAt(position) == 'E')) {
            int exponentStart = position;
            position++;
            if (position < source.length() && (source.charAt(position) == '+' || source.charAt(position) == '-')) {
                position++;
            }
            if (position >= source.length() || !isDigit(source.charAt(position))) {
                // Take the rest of the letter run so the message shows what the user wrote, e.g. '2exp'.
                while (position < source.length() && isLetterOrDigit(source.charAt(position))) {
                    position++;
                }
                String text = source.substring(start, position);
                throw new ExpressionException(line, column, start, position - start, "malformed number '" + text
                        + "': expected digits after the exponent marker '" + source.charAt(exponentStart)
                        + "' (write 2*e for a product with the constant e)");
            }
            skipDigits();
        }
        String text = source.substring(start, position);
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            throw new ExpressionException(line, column, start, text.length(), "number '" + text
                    + "' is too large for double precision (largest about 1.8e308)");
        }
        return new Token(TokenType.NUMBER, text, value, line, column, start);
    }

    private void skipDigits() {
        while (position < source.length() && isDigit(source.charAt(position))) {
            position++;
        }
    }

    private void skipWhitespace() {
        while (position < source.length()) {
            char c = source.charAt(position);
            if (c == '\n') {
                line++;
                lineStart = position + 1;
            } else if (!Character.isWhitespace(c)) {
                return;
            }
            position++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isLetterOrDigit(char c) {
        return isLetter(c) || isDigit(c);
    }
}
