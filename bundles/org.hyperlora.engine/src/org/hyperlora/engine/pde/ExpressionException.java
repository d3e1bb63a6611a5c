package org.hyperlora.engine.pde;

/**
 * A PDE expression could not be read. {@link #getMessage()} is {@code "line L, column C: reason"};
 * {@link #getBareMessage()} is the reason alone, e.g. {@code "expected an operand (number, name, '(' or
 * function) but found ')'"}, for editors that show the position themselves. Lines and columns are 1-based;
 * a tab counts as one column. {@link #getOffset()} and {@link #getLength()} locate the offending text for
 * markers.
 */
public class ExpressionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final int offset;
    private final int length;
    private final String bareMessage;

    /**
     * @param line 1-based line of the offending text
     * @param column 1-based column of the offending text
     * @param offset 0-based character offset of the offending text in the source
     * @param length length of the offending text (0 at end of input)
     * @param bareMessage what was expected and what was found, without the position
     */
    public ExpressionException(int line, int column, int offset, int length, String bareMessage) {
        super("line " + line + ", column " + column + ": " + bareMessage);
        this.line = line;
        this.column = column;
        this.offset = offset;
        this.length = length;
        this.bareMessage = bareMessage;
    }

    /** 1-based line. */
    public int getLine() {
        return line;
    }

    /** 1-based column. */
    public int getColumn() {
        return column;
    }

    /** 0-based character offset into the source. */
    public int getOffset() {
        return offset;
    }

    /** Number of characters the error covers (0 at end of input). */
    public int getLength() {
        return length;
    }

    /** The reason without the "line L, column C: " prefix. */
    public String getBareMessage() {
        return bareMessage;
    }
}
