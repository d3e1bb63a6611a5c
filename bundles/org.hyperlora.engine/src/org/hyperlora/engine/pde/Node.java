package org.hyperlora.engine.pde;

/**
 * The parsed expression tree. Records give structural equality, so {@code u_xy} and {@code u_yx} parse to
 * equal trees. Nodes carry no source positions: every error is reported while parsing.
 */
sealed interface Node {

    /** Binary operators with their precedence (higher binds tighter) as used by parser and formatter. */
    enum BinaryOperator {
        ADD("+", 1), SUBTRACT("-", 1), MULTIPLY("*", 2), DIVIDE("/", 2), POWER("^", 4);

        final String symbol;
        final int precedence;

        BinaryOperator(String symbol, int precedence) {
            this.symbol = symbol;
            this.precedence = precedence;
        }

        double apply(double left, double right) {
            return switch (this) {
                case ADD -> left + right;
                case SUBTRACT -> left - right;
                case MULTIPLY -> left * right;
                case DIVIDE -> left / right;
                case POWER -> Math.pow(left, right);
            };
        }
    }

    /** Precedence of unary minus: below '^' so that -x^2 = -(x^2), above '*' and '/'. */
    int NEGATE_PRECEDENCE = 3;
    /** Precedence of atoms (numbers, names, calls). */
    int ATOM_PRECEDENCE = 5;

    record NumberLiteral(double value) implements Node {
    }

    record ConstantRef(String name, double value) implements Node {
    }

    record CoordinateRef(int index) implements Node {
    }

    record ParameterRef(int index) implements Node {
    }

    record StreamRef(StreamKey key) implements Node {
    }

    record Negate(Node operand) implements Node {
    }

    record Binary(BinaryOperator operator, Node left, Node right) implements Node {
    }

    record Call(BuiltinFunction function, Node argument) implements Node {
    }

    static int precedence(Node node) {
        if (node instanceof Binary binary) {
            return binary.operator().precedence;
        }
        return node instanceof Negate ? NEGATE_PRECEDENCE : ATOM_PRECEDENCE;
    }
}
