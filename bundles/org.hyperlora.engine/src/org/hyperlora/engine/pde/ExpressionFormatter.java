package org.hyperlora.engine.pde;

import org.hyperlora.engine.pde.Node.Binary;
import org.hyperlora.engine.pde.Node.BinaryOperator;

/**
 * Prints a tree with the fewest parentheses that still parse back to the same tree: '+' and '*' keep
 * their right-hand grouping ({@code a + (b + c)}) because the tree, not only the value, must round-trip.
 */
final class ExpressionFormatter {

    private final SymbolTable symbols;
    private final StringBuilder text = new StringBuilder();

    private ExpressionFormatter(SymbolTable symbols) {
        this.symbols = symbols;
    }

    static String format(Node root, SymbolTable symbols) {
        ExpressionFormatter formatter = new ExpressionFormatter(symbols);
        formatter.append(root);
        return formatter.text.toString();
    }

    private void append(Node node) {
        if (node instanceof Node.NumberLiteral number) {
            text.append(formatNumber(number.value()));
        } else if (node instanceof Node.ConstantRef constant) {
            text.append(constant.name());
        } else if (node instanceof Node.CoordinateRef coordinate) {
            text.append(symbols.coordinates().get(coordinate.index()));
        } else if (node instanceof Node.ParameterRef parameter) {
            text.append(symbols.parameters().get(parameter.index()));
        } else if (node instanceof Node.StreamRef stream) {
            text.append(stream.key().format(symbols));
        } else if (node instanceof Node.Negate negate) {
            text.append('-');
            // "-(-a)" rather than "--a", which reads like a decrement.
            appendGrouped(negate.operand(), Node.precedence(negate.operand()) < Node.NEGATE_PRECEDENCE
                    || negate.operand() instanceof Node.Negate);
        } else if (node instanceof Node.Call call) {
            text.append(call.function().symbol()).append('(');
            append(call.argument());
            text.append(')');
        } else if (node instanceof Binary binary) {
            appendBinary(binary);
        } else {
            throw new IllegalStateException("unknown node " + node);
        }
    }

    private void appendBinary(Binary binary) {
        BinaryOperator operator = binary.operator();
        int precedence = operator.precedence;
        int leftPrecedence = Node.precedence(binary.left());
        int rightPrecedence = Node.precedence(binary.right());
        boolean power = operator == BinaryOperator.POWER;
        // '^' is right-associative and binds tighter than unary minus: (-a)^2 and (a^b)^c need parentheses.
        appendGrouped(binary.left(), power ? leftPrecedence <= precedence : leftPrecedence < precedence);
        boolean spaced = precedence == BinaryOperator.ADD.precedence;
        text.append(spaced ? " " + operator.symbol + " " : operator.symbol);
        // The exponent is parsed as a unary, so 2^-x needs none; other operators are left-associative.
        appendGrouped(binary.right(), power ? rightPrecedence < Node.NEGATE_PRECEDENCE : rightPrecedence <= precedence);
    }

    private void appendGrouped(Node node, boolean parenthesize) {
        if (parenthesize) {
            text.append('(');
        }
        append(node);
        if (parenthesize) {
            text.append(')');
        }
    }

    /** Integers without ".0"; otherwise Java's shortest round-trip form, which the lexer reads back. */
    static String formatNumber(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value).replace('E', 'e');
    }
}
