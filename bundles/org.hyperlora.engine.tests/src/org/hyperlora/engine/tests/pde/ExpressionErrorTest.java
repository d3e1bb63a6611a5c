package org.hyperlora.engine.tests.pde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hyperlora.engine.pde.Expression;
import org.hyperlora.engine.pde.ExpressionException;
import org.hyperlora.engine.pde.SymbolTable;
import org.junit.jupiter.api.Test;

/** Every kind of error, with its position and what the message says. */
class ExpressionErrorTest {

    private static final SymbolTable BURGERS = ExpressionTest.BURGERS;
    private static final SymbolTable KOVASZNAY = ExpressionTest.KOVASZNAY;

    private static ExpressionException fail(String source, SymbolTable symbols) {
        return assertThrows(ExpressionException.class, () -> Expression.parse(source, symbols), source);
    }

    private static void assertError(String source, SymbolTable symbols, int line, int column, String bareMessage) {
        ExpressionException error = fail(source, symbols);
        assertEquals(bareMessage, error.getBareMessage());
        assertEquals(line, error.getLine(), "line");
        assertEquals(column, error.getColumn(), "column");
        assertEquals("line " + line + ", column " + column + ": " + bareMessage, error.getMessage());
    }

    @Test
    void sizeAndNestingHaveStatedLimitsInsteadOfAStackOverflow() {
        // 1,500 nested brackets and a 10,000-term residual overflowed the stack (exit 0, 1,000 lines of trace)
        String nested = "(".repeat(1500) + "u" + ")".repeat(1500);
        assertError(nested, BURGERS, 1, 51, "nested more than 50 levels deep (brackets, functions and signs);"
                + " simplify the expression");
        String terms = "u_t" + " + nu*u_xx".repeat(10_000);
        ExpressionException tooLong = fail(terms, BURGERS);
        assertTrue(tooLong.getBareMessage().startsWith("more than 500 operands in one expression"),
                tooLong.getBareMessage());
        assertEquals(3 + 249 * 10 + 6 + 1, tooLong.getColumn(), "at the 501st operand: u_xx of the 250th term");
        // at the limits the expression is fine, and evaluates
        String deepest = "(".repeat(50) + "x" + ")".repeat(50);
        assertEquals(2.0, Expression.parse(deepest, BURGERS).compile().evaluateAt(new double[] {2, 0},
                new double[] {0.1}), 0.0);
        Expression.parse("u" + " + u".repeat(499), BURGERS);
    }

    @Test
    void divisionByAConstantZeroIsAnError() {
        assertError("-sin(pi*x)/0", BURGERS, 1, 11, "division by zero: the divisor is a constant equal to 0");
        assertError("u/(2 - 2*1)", BURGERS, 1, 2, "division by zero: the divisor is a constant equal to 0");
        assertError("u/sin(0)", BURGERS, 1, 2, "division by zero: the divisor is a constant equal to 0");
        Expression.parse("u/(x - x + 1)", BURGERS); // reads a coordinate: not a constant
        Expression.parse("u/nu", BURGERS);
    }

    @Test
    void missingOperand() {
        assertError("u_t + )", BURGERS, 1, 7, "expected an operand (number, name, '(' or function) but found ')'");
        assertError("u *", BURGERS, 1, 4, "expected an operand (number, name, '(' or function) but found end of input");
        assertError("u * * u", BURGERS, 1, 5, "expected an operand (number, name, '(' or function) but found '*'");
    }

    @Test
    void unknownSymbolListsEveryKnownName() {
        ExpressionException error = fail("u + mu*u_xx", BURGERS);
        assertEquals(1, error.getLine());
        assertEquals(5, error.getColumn());
        assertEquals("unknown symbol 'mu'; known: coordinates x, t; fields u; parameters nu; constants pi, e; "
                + "functions sin, cos, exp, log, sqrt, tanh, abs", error.getBareMessage());
        assertEquals(4, error.getOffset());
        assertEquals(2, error.getLength());
    }

    @Test
    void unknownSymbolSuggestsNearMisses() {
        assertTrue(fail("u_t + u*ux", BURGERS).getBareMessage().endsWith("(did you mean 'u_x'?)"));
        assertTrue(fail("u/re", KOVASZNAY).getBareMessage().endsWith("(did you mean 'Re'?)"));
        assertTrue(fail("Sin(x)", BURGERS).getBareMessage().endsWith("(did you mean 'sin'?)"));
    }

    @Test
    void errorOnSecondLine() {
        assertError("u_t + u*u_x\n  - nu*u_xz", BURGERS, 2, 11, "unknown coordinate 'z' in derivative 'u_xz'; coordinates: x, t");
        assertError("u_t\n  + * u_x", BURGERS, 2, 5, "expected an operand (number, name, '(' or function) but found '*'");
        // CR LF ends a line like LF; a tab counts as one column.
        assertError("u_t +\r\n\t)", BURGERS, 2, 2, "expected an operand (number, name, '(' or function) but found ')'");
    }

    @Test
    void derivativeOfUnknownField() {
        assertError("u_t + w_x", BURGERS, 1, 7, "unknown field 'w' in derivative 'w_x'; fields: u");
        assertError("x_t", BURGERS, 1, 1, "cannot differentiate 'x' in 'x_t': it is a coordinate; only fields have derivatives (fields: u)");
        assertError("nu_x", BURGERS, 1, 1, "cannot differentiate 'nu' in 'nu_x': it is a parameter; only fields have derivatives (fields: u)");
    }

    @Test
    void derivativeOfOrderAboveTwo() {
        assertError("u_t - u_xxx", BURGERS, 1, 7, "derivative 'u_xxx' has order 3; only first and second derivatives are supported");
        assertError("u_xtx", BURGERS, 1, 1, "derivative 'u_xtx' has order 3; only first and second derivatives are supported");
    }

    @Test
    void unknownCoordinateInDerivative() {
        assertError("u_y", BURGERS, 1, 3, "unknown coordinate 'y' in derivative 'u_y'; coordinates: x, t");
        // The column points at the first character that cannot be read as a coordinate.
        assertError("1 + u_xy", BURGERS, 1, 8, "unknown coordinate 'y' in derivative 'u_xy'; coordinates: x, t");
        assertError("u_", BURGERS, 1, 1, "derivative 'u_' names no coordinate after '_'; e.g. u_x");
        assertError("u_x_t", BURGERS, 1, 1, "malformed derivative 'u_x_t': write the field, one '_' and the coordinates, e.g. u_x");
    }

    @Test
    void functionWithoutParentheses() {
        assertError("sin x", BURGERS, 1, 5, "expected '(' after function 'sin' but found 'x' (call it like sin(x))");
        assertError("1 + exp", BURGERS, 1, 8, "expected '(' after function 'exp' but found end of input (call it like exp(x))");
    }

    @Test
    void wrongNumberOfArguments() {
        assertError("u + sin(x, t)", BURGERS, 1, 5, "function 'sin' takes 1 argument but was given 2");
        assertError("cos()", BURGERS, 1, 1, "function 'cos' takes 1 argument but was given 0");
    }

    @Test
    void nonFunctionCalled() {
        assertError("u(x)", BURGERS, 1, 1, "'u' is a field, not a function; functions: sin, cos, exp, log, sqrt, tanh, abs (write '*' to multiply)");
    }

    @Test
    void trailingInput() {
        assertError("u u_x", BURGERS, 1, 3, "expected an operator (+ - * / ^) or end of input but found 'u_x' (write '*' to multiply)");
        assertError("2x", BURGERS, 1, 2, "expected an operator (+ - * / ^) or end of input but found 'x' (write '*' to multiply)");
        assertError("(u + 1))", BURGERS, 1, 8, "expected an operator (+ - * / ^) or end of input but found ')' (no matching '(')");
        assertError("u, t", BURGERS, 1, 2, "expected an operator (+ - * / ^) or end of input but found ','");
    }

    @Test
    void unclosedParenthesis() {
        assertError("(u +\n 1", BURGERS, 2, 3, "expected ')' to close the '(' at line 1, column 1 but found end of input");
        assertError("sin(x", BURGERS, 1, 6, "expected ')' to close the '(' at line 1, column 4 but found end of input");
    }

    @Test
    void emptyInput() {
        assertError("", BURGERS, 1, 1, "empty expression: expected an operand (number, name, '(' or function) but found end of input");
        assertError("  \n   ", BURGERS, 2, 4, "empty expression: expected an operand (number, name, '(' or function) but found end of input");
    }

    @Test
    void unexpectedCharacterAndMalformedNumbers() {
        assertError("u $ 1", BURGERS, 1, 3, "unexpected character '$'");
        assertError("u_t = nu*u_xx", BURGERS, 1, 5,
                "unexpected character '=' (write the residual only, e.g. 'u_t - u_xx' instead of 'u_t = u_xx')");
        assertError("u + 2e", BURGERS, 1, 5,
                "malformed number '2e': expected digits after the exponent marker 'e' (write 2*e for a product with the constant e)");
        assertError("1e999", BURGERS, 1, 1, "number '1e999' is too large for double precision (largest about 1.8e308)");
        assertError("_u", BURGERS, 1, 1, "unexpected character '_'");
    }

    @Test
    void isAnIllegalArgumentException() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> BURGERS.parse("u +"));
        assertTrue(error instanceof ExpressionException);
    }
}
