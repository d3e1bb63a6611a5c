package org.hyperlora.engine.pde;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.hyperlora.engine.pde.Lexer.Token;
import org.hyperlora.engine.pde.Lexer.TokenType;
import org.hyperlora.engine.pde.Node.Binary;
import org.hyperlora.engine.pde.Node.BinaryOperator;

/**
 * Recursive-descent parser for one expression. Grammar, loosest binding first:
 *
 * <pre>
 * expression := term (('+' | '-') term)*
 * term       := unary (('*' | '/') unary)*
 * unary      := ('-' | '+') unary | power
 * power      := primary ('^' unary)?          right-associative; -x^2 = -(x^2), 2^-1 = 0.5
 * primary    := number | name | derivative | function '(' expression ')' | '(' expression ')'
 * derivative := field '_' coordinate coordinate?
 * </pre>
 */
final class Parser {

    /** Brackets, function calls and signs nested deeper than this are refused (the parser and evaluators recurse). */
    static final int MAX_NESTING = 50;
    /** Operands (numbers, names, derivatives) in one expression beyond this are refused. */
    static final int MAX_OPERANDS = 500;

    private static final String OPERAND = "an operand (number, name, '(' or function)";

    private final SymbolTable symbols;
    private final Lexer lexer;
    private Token current;
    private int depth;
    private int operands;
    private final int maxOperands;

    private Parser(String source, SymbolTable symbols, int maxOperands) {
        this.symbols = symbols;
        this.lexer = new Lexer(source);
        this.maxOperands = maxOperands;
    }

    static Node parse(String source, SymbolTable symbols) {
        return new Parser(source, symbols, MAX_OPERANDS).parseAll();
    }

    /** An expression the product wrote (a built-in distance function), which may be longer than a typed one. */
    static Node parseGenerated(String source, SymbolTable symbols) {
        return new Parser(source, symbols, 100 * MAX_OPERANDS).parseAll();
    }

    private Node parseAll() {
        advance();
        if (current.type() == TokenType.END) {
            throw error(current, "empty expression: expected " + OPERAND + " but found end of input");
        }
        Node root = expression();
        if (current.type() != TokenType.END) {
            throw error(current, "expected an operator (+ - * / ^) or end of input but found " + current.describe()
                    + trailingHint(current));
        }
        return root;
    }

    private static String trailingHint(Token found) {
        return switch (found.type()) {
            case NAME, NUMBER, LEFT_PAREN -> " (write '*' to multiply)";
            case RIGHT_PAREN -> " (no matching '(')";
            default -> "";
        };
    }

    private Node expression() {
        Node left = term();
        while (current.type() == TokenType.PLUS || current.type() == TokenType.MINUS) {
            BinaryOperator operator = current.type() == TokenType.PLUS ? BinaryOperator.ADD : BinaryOperator.SUBTRACT;
            advance();
            left = new Binary(operator, left, term());
        }
        return left;
    }

    private Node term() {
        Node left = unary();
        while (current.type() == TokenType.STAR || current.type() == TokenType.SLASH) {
            Token operatorToken = current;
            BinaryOperator operator = current.type() == TokenType.STAR ? BinaryOperator.MULTIPLY : BinaryOperator.DIVIDE;
            advance();
            Node right = unary();
            if (operator == BinaryOperator.DIVIDE && isConstant(right) && constantValue(right) == 0) {
                throw error(operatorToken, "division by zero: the divisor is a constant equal to 0");
            }
            left = new Binary(operator, left, right);
        }
        return left;
    }

    private Node unary() {
        if (current.type() == TokenType.MINUS || current.type() == TokenType.PLUS) {
            Token sign = current;
            boolean negate = current.type() == TokenType.MINUS;
            advance();
            enter(sign);
            Node operand = unary();
            depth--;
            return negate ? new Node.Negate(operand) : operand;
        }
        return power();
    }

    /** One level deeper; refuses nesting beyond {@link #MAX_NESTING}. */
    private void enter(Token token) {
        if (++depth > MAX_NESTING) {
            throw error(token, "nested more than " + MAX_NESTING + " levels deep (brackets, functions and signs);"
                    + " simplify the expression");
        }
    }

    /** Whether a subtree reads no field, coordinate or parameter. */
    private static boolean isConstant(Node node) {
        if (node instanceof Node.Negate negate) {
            return isConstant(negate.operand());
        }
        if (node instanceof Binary binary) {
            return isConstant(binary.left()) && isConstant(binary.right());
        }
        if (node instanceof Node.Call call) {
            return isConstant(call.argument());
        }
        return node instanceof Node.NumberLiteral || node instanceof Node.ConstantRef;
    }

    private static double constantValue(Node node) {
        if (node instanceof Node.Negate negate) {
            return -constantValue(negate.operand());
        }
        if (node instanceof Binary binary) {
            return binary.operator().apply(constantValue(binary.left()), constantValue(binary.right()));
        }
        if (node instanceof Node.Call call) {
            return call.function().apply(constantValue(call.argument()));
        }
        return node instanceof Node.NumberLiteral number ? number.value() : ((Node.ConstantRef) node).value();
    }

    private Node power() {
        Node base = primary();
        if (current.type() == TokenType.CARET) {
            advance();
            // The exponent is a unary so that 2^-1 works; unary recurses into power, making '^' right-associative.
            return new Binary(BinaryOperator.POWER, base, unary());
        }
        return base;
    }

    private Node primary() {
        Token token = current;
        switch (token.type()) {
            case NUMBER -> {
                advance();
                countOperand(token);
                return new Node.NumberLiteral(token.number());
            }
            case LEFT_PAREN -> {
                advance();
                enter(token);
                Node inner = expression();
                depth--;
                expectClosingParenthesis(token);
                return inner;
            }
            case NAME -> {
                advance();
                countOperand(token);
                return name(token);
            }
            default -> throw error(token, "expected " + OPERAND + " but found " + token.describe());
        }
    }

    private void countOperand(Token token) {
        if (++operands > maxOperands) {
            throw error(token, "more than " + maxOperands + " operands in one expression; split the equation or"
                    + " simplify it");
        }
    }

    private void expectClosingParenthesis(Token opening) {
        if (current.type() != TokenType.RIGHT_PAREN) {
            throw error(current, "expected ')' to close the '(' at line " + opening.line() + ", column "
                    + opening.column() + " but found " + current.describe());
        }
        advance();
    }

    /** A name token that has already been consumed. */
    private Node name(Token token) {
        String name = token.text();
        if (name.indexOf('_') >= 0) {
            return derivative(token);
        }
        var function = BuiltinFunction.named(name);
        if (function.isPresent()) {
            return call(token, function.get());
        }
        Node node = reference(token);
        if (current.type() == TokenType.LEFT_PAREN) {
            String kind = symbols.kindOf(name).orElseThrow().name().toLowerCase();
            throw error(token, "'" + name + "' is a " + kind + ", not a function; functions: "
                    + String.join(", ", BuiltinFunction.names()) + " (write '*' to multiply)");
        }
        return node;
    }

    private Node reference(Token token) {
        String name = token.text();
        Double constant = SymbolTable.CONSTANTS.get(name);
        if (constant != null) {
            return new Node.ConstantRef(name, constant);
        }
        int index = symbols.coordinateIndex(name);
        if (index >= 0) {
            return new Node.CoordinateRef(index);
        }
        index = symbols.parameterIndex(name);
        if (index >= 0) {
            return new Node.ParameterRef(index);
        }
        index = symbols.fieldIndex(name);
        if (index >= 0) {
            return new Node.StreamRef(StreamKey.value(index));
        }
        throw error(token, "unknown symbol '" + name + "'; known: " + symbols.describeKnownNames() + suggestion(name));
    }

    private Node call(Token nameToken, BuiltinFunction function) {
        if (current.type() != TokenType.LEFT_PAREN) {
            throw error(current, "expected '(' after function '" + function.symbol() + "' but found " + current.describe()
                    + " (call it like " + function.symbol() + "(x))");
        }
        Token opening = current;
        advance();
        enter(opening);
        List<Node> arguments = new ArrayList<>();
        if (current.type() != TokenType.RIGHT_PAREN) {
            arguments.add(expression());
            while (current.type() == TokenType.COMMA) {
                advance();
                arguments.add(expression());
            }
        }
        depth--;
        expectClosingParenthesis(opening);
        if (arguments.size() != function.arity()) {
            throw error(nameToken, "function '" + function.symbol() + "' takes " + function.arity() + " argument"
                    + (function.arity() == 1 ? "" : "s") + " but was given " + arguments.size());
        }
        return new Node.Call(function, arguments.get(0));
    }

    /** {@code FIELD_COORDS}: the suffix is split into coordinate names, see {@link #splitCoordinates}. */
    private Node derivative(Token token) {
        String text = token.text();
        int underscore = text.indexOf('_');
        String fieldName = text.substring(0, underscore);
        String suffix = text.substring(underscore + 1);
        if (suffix.indexOf('_') >= 0) {
            throw error(token, "malformed derivative '" + text + "': write the field, one '_' and the coordinates, e.g. "
                    + example(fieldName));
        }
        if (suffix.isEmpty()) {
            throw error(token, "derivative '" + text + "' names no coordinate after '_'; e.g. " + example(fieldName));
        }
        int field = symbols.fieldIndex(fieldName);
        if (field < 0) {
            var kind = symbols.kindOf(fieldName);
            String fields = symbols.fields().isEmpty() ? "(none)" : String.join(", ", symbols.fields());
            throw kind.isPresent()
                    ? error(token.line(), token.column(), token.offset(), underscore, "cannot differentiate '" + fieldName
                            + "' in '" + text + "': it is a " + kind.get().name().toLowerCase() + "; only fields have derivatives (fields: "
                            + fields + ")")
                    : error(token.line(), token.column(), token.offset(), underscore,
                            "unknown field '" + fieldName + "' in derivative '" + text + "'; fields: " + fields);
        }
        int[] coordinates = splitCoordinates(suffix);
        if (coordinates == null) {
            int matched = longestMatchablePrefix(suffix);
            int column = token.column() + underscore + 1 + matched;
            String coordinateNames = symbols.coordinates().isEmpty() ? "(none)" : String.join(", ", symbols.coordinates());
            throw error(token.line(), column, token.offset() + underscore + 1 + matched, suffix.length() - matched,
                    "unknown coordinate '" + suffix.substring(matched) + "' in derivative '" + text + "'; coordinates: "
                            + coordinateNames);
        }
        if (coordinates.length > Derivative.MAX_ORDER) {
            throw error(token, "derivative '" + text + "' has order " + coordinates.length
                    + "; only first and second derivatives are supported");
        }
        return new Node.StreamRef(new StreamKey(field, Derivative.of(coordinates)));
    }

    private String example(String fieldName) {
        String field = symbols.fieldIndex(fieldName) >= 0 ? fieldName
                : symbols.fields().isEmpty() ? "u" : symbols.fields().get(0);
        String coordinate = symbols.coordinates().isEmpty() ? "x" : symbols.coordinates().get(0);
        return field + "_" + coordinate;
    }

    /**
     * Splits a derivative suffix into coordinate indices using the fewest names, or returns null if it
     * cannot be split. {@link SymbolTable} guarantees that splits into one or two names are unique.
     */
    private int[] splitCoordinates(String suffix) {
        List<String> coordinates = symbols.coordinates();
        int length = suffix.length();
        int unreachable = Integer.MAX_VALUE;
        int[] fewestNames = new int[length + 1];
        int[] firstName = new int[length + 1];
        for (int start = length - 1; start >= 0; start--) {
            fewestNames[start] = unreachable;
            for (int c = 0; c < coordinates.size(); c++) {
                String name = coordinates.get(c);
                int end = start + name.length();
                if (suffix.startsWith(name, start) && fewestNames[end] != unreachable && fewestNames[end] + 1 < fewestNames[start]) {
                    fewestNames[start] = fewestNames[end] + 1;
                    firstName[start] = c;
                }
            }
        }
        if (fewestNames[0] == unreachable) {
            return null;
        }
        int[] indices = new int[fewestNames[0]];
        for (int i = 0, position = 0; i < indices.length; i++) {
            indices[i] = firstName[position];
            position += coordinates.get(indices[i]).length();
        }
        return indices;
    }

    /** Furthest position up to which the suffix can be read as coordinate names, to point at the bad part. */
    private int longestMatchablePrefix(String suffix) {
        boolean[] reachable = new boolean[suffix.length() + 1];
        reachable[0] = true;
        int furthest = 0;
        for (int start = 0; start < suffix.length(); start++) {
            if (!reachable[start]) {
                continue;
            }
            furthest = start;
            for (String name : symbols.coordinates()) {
                if (suffix.startsWith(name, start)) {
                    reachable[start + name.length()] = true;
                }
            }
        }
        return furthest;
    }

    /** A "did you mean" for near misses: wrong case, or a derivative written without '_'. */
    private String suggestion(String unknown) {
        List<String> known = Stream.of(symbols.coordinates(), symbols.fields(), symbols.parameters(),
                List.copyOf(SymbolTable.CONSTANTS.keySet()), BuiltinFunction.names()).flatMap(List::stream).toList();
        for (String name : known) {
            if (name.equalsIgnoreCase(unknown)) {
                return " (did you mean '" + name + "'?)";
            }
        }
        for (String field : symbols.fields()) {
            if (unknown.length() > field.length() && unknown.startsWith(field)) {
                int[] coordinates = splitCoordinates(unknown.substring(field.length()));
                if (coordinates != null && coordinates.length <= Derivative.MAX_ORDER) {
                    return " (did you mean '" + field + "_" + unknown.substring(field.length()) + "'?)";
                }
            }
        }
        return "";
    }

    private void advance() {
        current = lexer.next();
    }

    private static ExpressionException error(Token token, String message) {
        return new ExpressionException(token.line(), token.column(), token.offset(), token.text().length(), message);
    }

    private static ExpressionException error(int line, int column, int offset, int length, String message) {
        return new ExpressionException(line, column, offset, length, message);
    }
}
