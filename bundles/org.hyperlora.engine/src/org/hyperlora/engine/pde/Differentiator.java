package org.hyperlora.engine.pde;

import org.hyperlora.engine.pde.Node.Binary;
import org.hyperlora.engine.pde.Node.BinaryOperator;

/**
 * Symbolic partial derivative of a field-free tree with respect to one coordinate, built with light
 * simplification so that repeated derivatives stay small: {@code 0*a → 0}, {@code 1*a → a},
 * {@code a + 0 → a}, {@code a^1 → a}, {@code a^0 → 1}, {@code -(-a) → a}, and folding of subtrees made of
 * numbers and the constants {@code pi} and {@code e} (a lone {@code pi} stays {@code pi}; a fold whose value
 * is not finite is not done). Negative numbers are built as {@code -(number)}, the way the parser reads
 * them, so that the formatted result parses back to an equal tree.
 * <p>
 * Rules: sum, product and quotient rules; {@code a^c} with {@code c} not depending on the coordinate gives
 * {@code c*a^(c-1)*a'}; the general {@code a^b} gives {@code a^b*(b'*log(a) + b*a'/a)}; {@code abs(a)'} is
 * {@code a/abs(a)*a'}, which is undefined (0/0, NaN) where {@code a} is exactly 0, the kink of |a|.
 */
final class Differentiator {

    private static final Node ZERO = new Node.NumberLiteral(0.0);
    private static final Node ONE = new Node.NumberLiteral(1.0);
    private static final Node TWO = new Node.NumberLiteral(2.0);

    private final int coordinate;

    private Differentiator(int coordinate) {
        this.coordinate = coordinate;
    }

    /** d(node)/d(coordinate {@code index}); the tree must read no field streams. */
    static Node derivative(Node node, int index) {
        return new Differentiator(index).differentiate(node);
    }

    private Node differentiate(Node node) {
        if (node instanceof Node.NumberLiteral || node instanceof Node.ConstantRef || node instanceof Node.ParameterRef) {
            return ZERO;
        }
        if (node instanceof Node.CoordinateRef ref) {
            return ref.index() == coordinate ? ONE : ZERO;
        }
        if (node instanceof Node.StreamRef) {
            throw new IllegalStateException("field streams cannot be differentiated symbolically: " + node);
        }
        if (node instanceof Node.Negate negate) {
            return negate(differentiate(negate.operand()));
        }
        if (node instanceof Node.Call call) {
            Node argument = call.argument();
            Node inner = differentiate(argument);
            if (isZero(inner)) {
                return ZERO;
            }
            return switch (call.function()) {
                case SIN -> multiply(call(BuiltinFunction.COS, argument), inner);
                case COS -> negate(multiply(call(BuiltinFunction.SIN, argument), inner));
                case EXP -> multiply(node, inner);
                case LOG -> divide(inner, argument);
                case SQRT -> divide(inner, multiply(TWO, node));
                case TANH -> multiply(subtract(ONE, power(node, TWO)), inner);
                // sign(a)*a', written a/abs(a)*a': NaN where a is exactly 0.
                case ABS -> multiply(divide(argument, node), inner);
            };
        }
        Binary binary = (Binary) node;
        Node a = binary.left();
        Node b = binary.right();
        Node da = differentiate(a);
        Node db = differentiate(b);
        return switch (binary.operator()) {
            case ADD -> add(da, db);
            case SUBTRACT -> subtract(da, db);
            case MULTIPLY -> add(multiply(da, b), multiply(a, db));
            case DIVIDE -> isZero(db) ? divide(da, b)
                    : divide(subtract(multiply(da, b), multiply(a, db)), power(b, TWO));
            case POWER -> power(node, a, b, da, db);
        };
    }

    private static Node power(Node node, Node a, Node b, Node da, Node db) {
        if (isZero(db)) {
            if (isZero(da)) {
                return ZERO;
            }
            // c*a^(c-1)*a'
            return multiply(multiply(b, power(a, subtract(b, ONE))), da);
        }
        if (isZero(da)) {
            // a^b*log(a)*b'
            return multiply(node, multiply(db, call(BuiltinFunction.LOG, a)));
        }
        // a^b*(b'*log(a) + b*a'/a)
        return multiply(node, add(multiply(db, call(BuiltinFunction.LOG, a)), divide(multiply(b, da), a)));
    }

    // ---------------------------------------------------------------- simplifying constructors

    static Node add(Node a, Node b) {
        if (isZero(a)) {
            return b;
        }
        if (isZero(b)) {
            return a;
        }
        if (isNumeric(a) && isNumeric(b)) {
            return fold(new Binary(BinaryOperator.ADD, a, b));
        }
        Node merged = mergeConstants(a, b, 1.0);
        if (merged != null) {
            return merged;
        }
        // a + -b reads better as a - b, and -a + b as b - a
        if (b instanceof Node.Negate negate) {
            return subtract(a, negate.operand());
        }
        if (a instanceof Node.Negate negate) {
            return subtract(b, negate.operand());
        }
        return new Binary(BinaryOperator.ADD, a, b);
    }

    static Node subtract(Node a, Node b) {
        if (isZero(b)) {
            return a;
        }
        if (isZero(a)) {
            return negate(b);
        }
        if (isNumeric(a) && isNumeric(b)) {
            return fold(new Binary(BinaryOperator.SUBTRACT, a, b));
        }
        Node merged = mergeConstants(a, b, -1.0);
        if (merged != null) {
            return merged;
        }
        if (b instanceof Node.Negate negate) {
            return add(a, negate.operand());
        }
        return new Binary(BinaryOperator.SUBTRACT, a, b);
    }

    /**
     * {@code (p ± c1) ± c2 → p + c} for numbers c1, c2 (so {@code y - 1 - 1} becomes {@code y - 2}); null
     * if {@code a} is not of that form or {@code b} is not numeric.
     */
    private static Node mergeConstants(Node a, Node b, double signOfB) {
        if (!isNumeric(b) || !(a instanceof Binary inner) || !isNumeric(inner.right())
                || (inner.operator() != BinaryOperator.ADD && inner.operator() != BinaryOperator.SUBTRACT)) {
            return null;
        }
        double c = (inner.operator() == BinaryOperator.ADD ? 1 : -1) * value(inner.right()) + signOfB * value(b);
        if (!Double.isFinite(c)) {
            return null;
        }
        return add(inner.left(), literal(c));
    }

    static Node multiply(Node a, Node b) {
        if (isZero(a) || isZero(b)) {
            return ZERO;
        }
        if (isOne(a)) {
            return b;
        }
        if (isOne(b)) {
            return a;
        }
        if (isMinusOne(a)) {
            return negate(b);
        }
        if (isMinusOne(b)) {
            return negate(a);
        }
        if (isNumeric(a) && isNumeric(b)) {
            return fold(new Binary(BinaryOperator.MULTIPLY, a, b));
        }
        // Constants to the front: x*2 → 2*x, and 2*(3*x) → 6*x.
        if (isNumeric(b)) {
            return multiply(b, a);
        }
        if (isNumeric(a) && b instanceof Binary product && product.operator() == BinaryOperator.MULTIPLY
                && isNumeric(product.left())) {
            return multiply(multiply(a, product.left()), product.right());
        }
        // Signs to the front: (-a)*b → -(a*b), so that they cancel and fold.
        if (a instanceof Node.Negate negate) {
            return negate(multiply(negate.operand(), b));
        }
        if (b instanceof Node.Negate negate) {
            return negate(multiply(a, negate.operand()));
        }
        return new Binary(BinaryOperator.MULTIPLY, a, b);
    }

    static Node divide(Node a, Node b) {
        if (isZero(a)) {
            return ZERO;
        }
        if (isOne(b)) {
            return a;
        }
        if (isNumeric(a) && isNumeric(b)) {
            return fold(new Binary(BinaryOperator.DIVIDE, a, b));
        }
        if (a instanceof Node.Negate negate) {
            return negate(divide(negate.operand(), b));
        }
        return new Binary(BinaryOperator.DIVIDE, a, b);
    }

    static Node power(Node a, Node b) {
        if (isZero(b)) {
            return ONE;
        }
        if (isOne(b)) {
            return a;
        }
        if (isNumeric(a) && isNumeric(b)) {
            return fold(new Binary(BinaryOperator.POWER, a, b));
        }
        // (p^m)^n = p^(m*n) for integers m and n (for other exponents it fails at negative p).
        if (a instanceof Binary inner && inner.operator() == BinaryOperator.POWER && isInteger(inner.right())
                && isInteger(b)) {
            return power(inner.left(), literal(value(inner.right()) * value(b)));
        }
        return new Binary(BinaryOperator.POWER, a, b);
    }

    static Node negate(Node a) {
        if (isZero(a)) {
            return ZERO;
        }
        if (a instanceof Node.Negate negate) {
            return negate.operand();
        }
        return new Node.Negate(a);
    }

    static Node call(BuiltinFunction function, Node argument) {
        Node call = new Node.Call(function, argument);
        return isNumeric(argument) ? fold(call) : call;
    }

    // ---------------------------------------------------------------- numeric subtrees

    /** True for a tree of numbers and named constants only. */
    static boolean isNumeric(Node node) {
        if (node instanceof Node.NumberLiteral || node instanceof Node.ConstantRef) {
            return true;
        }
        if (node instanceof Node.Negate negate) {
            return isNumeric(negate.operand());
        }
        if (node instanceof Node.Call call) {
            return isNumeric(call.argument());
        }
        if (node instanceof Binary binary) {
            return isNumeric(binary.left()) && isNumeric(binary.right());
        }
        return false;
    }

    /** Value of a numeric tree. */
    private static double value(Node node) {
        if (node instanceof Node.NumberLiteral number) {
            return number.value();
        }
        if (node instanceof Node.ConstantRef constant) {
            return constant.value();
        }
        if (node instanceof Node.Negate negate) {
            return -value(negate.operand());
        }
        if (node instanceof Node.Call call) {
            return call.function().apply(value(call.argument()));
        }
        Binary binary = (Binary) node;
        return binary.operator().apply(value(binary.left()), value(binary.right()));
    }

    /** A numeric tree as one number, written as the parser would read it; left alone if not finite. */
    private static Node fold(Node numeric) {
        double v = value(numeric);
        if (!Double.isFinite(v)) {
            return numeric;
        }
        return literal(v);
    }

    static Node literal(double v) {
        if (v == 0.0) {
            return ZERO;
        }
        return v < 0 ? new Node.Negate(new Node.NumberLiteral(-v)) : new Node.NumberLiteral(v);
    }

    private static boolean isConstant(Node node, double target) {
        // Only plain literals (and their negation): a fold keeps named constants readable elsewhere.
        if (node instanceof Node.NumberLiteral number) {
            return number.value() == target;
        }
        if (node instanceof Node.Negate negate && negate.operand() instanceof Node.NumberLiteral number) {
            return -number.value() == target;
        }
        return false;
    }

    private static boolean isInteger(Node node) {
        if (!isNumeric(node)) {
            return false;
        }
        double v = value(node);
        return v == Math.rint(v) && Math.abs(v) < 1e9;
    }

    static boolean isZero(Node node) {
        return isConstant(node, 0.0);
    }

    private static boolean isOne(Node node) {
        return isConstant(node, 1.0);
    }

    private static boolean isMinusOne(Node node) {
        return isConstant(node, -1.0);
    }
}
