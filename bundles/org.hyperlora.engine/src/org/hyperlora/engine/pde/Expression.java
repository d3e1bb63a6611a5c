package org.hyperlora.engine.pde;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One parsed PDE expression (a residual such as {@code u_t + u*u_x - nu*u_xx}, or a boundary right-hand
 * side such as {@code -sin(pi*x)}), bound to the {@link SymbolTable} it was parsed against. Immutable and
 * thread-safe. It reports what it reads ({@link #streams()}, {@link #coordinates()},
 * {@link #parameters()}), prints itself ({@link #format()}), and {@link #compile() compiles} into a
 * vectorized evaluator with a reverse pass. See {@code package-info} for the language.
 */
public final class Expression {

    private final String source;
    private final SymbolTable symbols;
    private final Node root;
    private final SortedSet<StreamKey> streams;
    private final SortedSet<Integer> coordinates;
    private final SortedSet<Integer> parameters;

    private Expression(String source, SymbolTable symbols, Node root) {
        this.source = source;
        this.symbols = symbols;
        this.root = root;
        SortedSet<StreamKey> usedStreams = new TreeSet<>();
        SortedSet<Integer> usedCoordinates = new TreeSet<>();
        SortedSet<Integer> usedParameters = new TreeSet<>();
        collect(root, usedStreams, usedCoordinates, usedParameters);
        this.streams = Collections.unmodifiableSortedSet(usedStreams);
        this.coordinates = Collections.unmodifiableSortedSet(usedCoordinates);
        this.parameters = Collections.unmodifiableSortedSet(usedParameters);
    }

    /**
     * Parses one expression.
     *
     * @throws ExpressionException with line, column and a message saying what was expected and found
     */
    public static Expression parse(String source, SymbolTable symbols) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(symbols, "symbols");
        return new Expression(source, symbols, Parser.parse(source, symbols));
    }

    /**
     * Parses an expression the product generated (a built-in distance function): like {@link #parse}, but it may have
     * up to 100 times as many operands as a typed one.
     */
    public static Expression parseGenerated(String source, SymbolTable symbols) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(symbols, "symbols");
        return new Expression(source, symbols, Parser.parseGenerated(source, symbols));
    }

    /**
     * The terms the expression adds up at its top level, signs dropped: {@code u_t + u*u_x - nu*u_xx} gives
     * {@code u_t}, {@code u*u_x} and {@code nu*u_xx}. Their sizes tell how large a residual is compared to what it
     * balances.
     */
    public List<Expression> additiveTerms() {
        List<Node> terms = new ArrayList<>();
        collectTerms(root, terms);
        List<Expression> expressions = new ArrayList<>();
        for (Node term : terms) {
            expressions.add(new Expression(ExpressionFormatter.format(term, symbols), symbols, term));
        }
        return expressions;
    }

    private static void collectTerms(Node node, List<Node> out) {
        if (node instanceof Node.Binary binary && (binary.operator() == Node.BinaryOperator.ADD
                || binary.operator() == Node.BinaryOperator.SUBTRACT)) {
            collectTerms(binary.left(), out);
            collectTerms(binary.right(), out);
        } else if (node instanceof Node.Negate negate) {
            collectTerms(negate.operand(), out);
        } else {
            out.add(node);
        }
    }

    /** The text this was parsed from. */
    public String source() {
        return source;
    }

    /** The names this expression was parsed against. */
    public SymbolTable symbols() {
        return symbols;
    }

    /** The field streams (values and derivatives) the expression reads, sorted by field then derivative. */
    public Set<StreamKey> streams() {
        return streams;
    }

    /**
     * Indices of the coordinates the expression reads as values (x in {@code sin(pi*x)}), sorted.
     * Coordinates appearing only in derivative suffixes are not included: those are part of the streams.
     */
    public Set<Integer> coordinates() {
        return coordinates;
    }

    /** Indices of the parameters the expression reads, sorted. */
    public Set<Integer> parameters() {
        return parameters;
    }

    /** True if the expression reads no field stream, i.e. it is a function of coordinates and parameters. */
    public boolean isFieldFree() {
        return streams.isEmpty();
    }

    /** Pretty form with minimal parentheses, e.g. {@code u_t + u*u_x - nu*u_xx}; it parses back to this expression. */
    public String format() {
        return ExpressionFormatter.format(root, symbols);
    }

    /**
     * Compiles a vectorized evaluator. Each call returns a new, independent evaluator with its own buffers,
     * so threads can each compile their own.
     */
    public CompiledExpression compile() {
        return new CompiledExpression(this);
    }

    /**
     * The partial derivative with respect to coordinate {@code coordinateIndex}, as a new expression over
     * the same symbols (its {@link #source()} is its {@link #format() formatted} text, which parses back to
     * it). Lightly simplified ({@code 0*a}, {@code 1*a}, {@code a + 0}, constant subtrees folded), so
     * second derivatives stay small: {@code d/dx sin(pi*x)} is {@code pi*cos(pi*x)}.
     * <p>
     * Rules: sum, product and quotient rules; {@code a^c} with {@code c} free of the coordinate gives
     * {@code c*a^(c-1)*a'}; the general {@code a^b} gives {@code a^b*(b'*log(a) + b*a'/a)};
     * {@code d/dx abs(a)} is {@code a/abs(a)*a'}, i.e. sign(a)*a', which is undefined (NaN) where
     * {@code a} is exactly 0: the kink of |a| has no derivative.
     *
     * @throws IllegalStateException if the expression reads field streams (only field-free expressions,
     *             such as boundary data, can be differentiated symbolically)
     * @throws IllegalArgumentException if the index is not a coordinate of the symbol table
     */
    public Expression derivative(int coordinateIndex) {
        if (coordinateIndex < 0 || coordinateIndex >= symbols.coordinates().size()) {
            throw new IllegalArgumentException("coordinate index " + coordinateIndex + " outside 0.."
                    + (symbols.coordinates().size() - 1) + " (coordinates " + symbols.coordinates() + ")");
        }
        if (!isFieldFree()) {
            throw new IllegalStateException("'" + format() + "' reads field streams "
                    + streams.stream().map(k -> k.format(symbols)).toList()
                    + "; only expressions of coordinates and parameters can be differentiated symbolically");
        }
        return ofTree(symbols, Differentiator.derivative(root, coordinateIndex));
    }

    /**
     * The partial derivative given by a multi-index, e.g. {@code Derivative.of(0, 1)} for d²/dxdy;
     * {@link Derivative#VALUE} returns this expression.
     *
     * @see #derivative(int)
     */
    public Expression derivative(Derivative derivative) {
        Expression result = this;
        for (int c : derivative.coordinates()) {
            result = result.derivative(c);
        }
        return result;
    }

    /** An expression for a tree built in this package; the source is the formatted tree. */
    static Expression ofTree(SymbolTable symbols, Node root) {
        return new Expression(ExpressionFormatter.format(root, symbols), symbols, root);
    }

    Node root() {
        return root;
    }

    /** Equal if parsed against equal symbol tables to the same tree; the source text (spacing, u_xy vs u_yx) does not matter. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Expression that && symbols.equals(that.symbols) && root.equals(that.root);
    }

    @Override
    public int hashCode() {
        return Objects.hash(symbols, root);
    }

    /** Same as {@link #format()}. */
    @Override
    public String toString() {
        return format();
    }

    private static void collect(Node node, Set<StreamKey> streams, Set<Integer> coordinates, Set<Integer> parameters) {
        if (node instanceof Node.StreamRef stream) {
            streams.add(stream.key());
        } else if (node instanceof Node.CoordinateRef coordinate) {
            coordinates.add(coordinate.index());
        } else if (node instanceof Node.ParameterRef parameter) {
            parameters.add(parameter.index());
        } else if (node instanceof Node.Negate negate) {
            collect(negate.operand(), streams, coordinates, parameters);
        } else if (node instanceof Node.Call call) {
            collect(call.argument(), streams, coordinates, parameters);
        } else if (node instanceof Node.Binary binary) {
            collect(binary.left(), streams, coordinates, parameters);
            collect(binary.right(), streams, coordinates, parameters);
        }
    }
}
