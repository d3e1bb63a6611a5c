package org.hyperlora.engine.pde;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hyperlora.engine.pde.Node.BinaryOperator;

/**
 * A vectorized evaluator of one {@link Expression} with a reverse (adjoint) pass.
 * <p>
 * The tree is flattened into an array of nodes in evaluation order (children before parents). Each node
 * runs one tight loop over all N points, so there is no per-point dispatch across the tree. Subtrees of
 * numbers and constants are folded at compile time; subtrees of parameters and constants only are computed
 * once per call as scalars ({@code nu*u_xx} multiplies a column by one number). Intermediate columns are
 * preallocated for the current N, reused while N stays the same, and kept after {@link #evaluate} so that
 * {@link #backward} can use them.
 * <p>
 * Not thread-safe: each thread compiles its own ({@link Expression#compile()} is cheap).
 * <p>
 * Partial derivatives at non-smooth or undefined points follow IEEE arithmetic: d|x|/dx is taken as 0 at 0;
 * for {@code a^b} with b depending on fields, d/db is {@code a^b*log(a)}, taken as 0 where {@code a^b} is 0
 * and NaN where a &lt; 0.
 */
public final class CompiledExpression {

    private static final int CONSTANT = 0;
    private static final int PARAMETER = 1;
    private static final int COORDINATE = 2;
    private static final int STREAM = 3;
    private static final int NEGATE = 4;
    private static final int FUNCTION = 5;
    private static final int ADD = 6;
    private static final int SUBTRACT = 7;
    private static final int MULTIPLY = 8;
    private static final int DIVIDE = 9;
    private static final int POWER = 10;

    private final Expression expression;
    private final int nodeCount;
    private final int root;
    private final int[] operation;
    private final int[] left;
    private final int[] right;
    /** Coordinate or parameter index of a leaf. */
    private final int[] symbolIndex;
    private final double[] constant;
    private final StreamKey[] streamKey;
    private final BuiltinFunction[] function;
    /** True where the node's value differs between points (it reads a coordinate or stream). */
    private final boolean[] pointwise;
    /** True where the node depends on a stream, i.e. the reverse pass must go through it. */
    private final boolean[] onStreamPath;

    private int size = -1;
    private boolean evaluated;
    /** Column of each pointwise node; for coordinate and stream leaves, the caller's column. */
    private final double[][] values;
    /** Value of each node that is the same at every point. */
    private final double[] scalars;
    /** dL/d(node) for interior nodes on a stream path, except the root, whose adjoint the caller supplies. */
    private final double[][] adjoints;
    /** Result column when the root has no column of its own (a leaf or a point-independent value). */
    private double[] result;

    CompiledExpression(Expression expression) {
        this.expression = expression;
        Flattener flat = new Flattener();
        this.root = flat.add(fold(expression.root()));
        this.nodeCount = flat.operations.size();
        this.operation = flat.operations.stream().mapToInt(Integer::intValue).toArray();
        this.left = flat.lefts.stream().mapToInt(Integer::intValue).toArray();
        this.right = flat.rights.stream().mapToInt(Integer::intValue).toArray();
        this.symbolIndex = flat.symbolIndices.stream().mapToInt(Integer::intValue).toArray();
        this.constant = flat.constants.stream().mapToDouble(Double::doubleValue).toArray();
        this.streamKey = flat.streamKeys.toArray(new StreamKey[0]);
        this.function = flat.functions.toArray(new BuiltinFunction[0]);
        this.pointwise = new boolean[nodeCount];
        this.onStreamPath = new boolean[nodeCount];
        for (int i = 0; i < nodeCount; i++) {
            int op = operation[i];
            pointwise[i] = op == COORDINATE || op == STREAM
                    || (left[i] >= 0 && pointwise[left[i]]) || (right[i] >= 0 && pointwise[right[i]]);
            onStreamPath[i] = op == STREAM
                    || (left[i] >= 0 && onStreamPath[left[i]]) || (right[i] >= 0 && onStreamPath[right[i]]);
        }
        this.values = new double[nodeCount][];
        this.scalars = new double[nodeCount];
        this.adjoints = new double[nodeCount][];
    }

    /** The expression this evaluates. */
    public Expression expression() {
        return expression;
    }

    /**
     * The residual at every point.
     *
     * @param in the columns of every stream and coordinate the expression uses, all of length
     *            {@code in.size()}, and its parameters
     * @return the residual per point (length N). The array belongs to this evaluator and is overwritten by
     *         the next call; copy it to keep it.
     * @throws IllegalArgumentException if a column is missing or has the wrong length
     */
    public double[] evaluate(PointColumns in) {
        int n = in.size();
        evaluated = false;
        prepare(n);
        for (int i = 0; i < nodeCount; i++) {
            switch (operation[i]) {
                case CONSTANT -> scalars[i] = constant[i];
                case PARAMETER -> scalars[i] = in.parameter(symbolIndex[i]);
                case COORDINATE, STREAM -> values[i] = inputColumn(in, i, n);
                default -> {
                    if (pointwise[i]) {
                        evaluateColumn(i, n);
                    } else {
                        scalars[i] = evaluateScalar(i);
                    }
                }
            }
        }
        evaluated = true;
        return resultColumn(n);
    }

    /**
     * The reverse pass: given dL/dr per point, ADDS dL/d(stream column) per point into
     * {@code out.streamAdjoint(key)} for every stream the expression uses. Call it after {@link #evaluate}
     * with the same inputs (or inputs holding the same values).
     *
     * @param in the inputs of the preceding {@link #evaluate}
     * @param adjoint dL/dr, length N
     * @param out caller-owned accumulators of length N, one per stream in {@link Expression#streams()}
     * @throws IllegalStateException if {@link #evaluate} has not run for this N
     */
    public void backward(PointColumns in, double[] adjoint, StreamAdjoints out) {
        int n = in.size();
        if (!evaluated || n != size) {
            throw new IllegalStateException("backward needs a preceding evaluate with the same inputs"
                    + (evaluated ? " (evaluated " + size + " points, now given " + n + ")" : ""));
        }
        checkLength(adjoint, n, "adjoint");
        if (!onStreamPath[root]) {
            return;
        }
        // Rebind leaves so the partials use exactly the columns the caller passes now.
        for (int i = 0; i < nodeCount; i++) {
            if (operation[i] == COORDINATE || operation[i] == STREAM) {
                values[i] = inputColumn(in, i, n);
            } else if (i != root && onStreamPath[i]) {
                Arrays.fill(adjoints[i], 0.0);
            }
        }
        if (operation[root] == STREAM) {
            double[] sink = streamSink(out, root, n);
            for (int k = 0; k < n; k++) {
                sink[k] += adjoint[k];
            }
            return;
        }
        for (int i = root; i >= 0; i--) {
            if (onStreamPath[i] && operation[i] != STREAM) {
                propagate(i, i == root ? adjoint : adjoints[i], n, out);
            }
        }
    }

    /**
     * The value of a field-free expression (e.g. a boundary right-hand side) at one point.
     *
     * @param coordinates coordinate values by index (at least those the expression reads)
     * @param parameters parameter values by index (at least those the expression reads)
     * @throws IllegalStateException if the expression reads field streams
     */
    public double evaluateAt(double[] coordinates, double[] parameters) {
        if (!expression.isFieldFree()) {
            throw new IllegalStateException("'" + expression.format() + "' reads field streams "
                    + expression.streams().stream().map(k -> k.format(expression.symbols())).toList()
                    + "; evaluateAt takes only coordinates and parameters");
        }
        // A separate recursive walk, so that the column buffers of a preceding evaluate stay intact.
        return valueAt(root, coordinates, parameters);
    }

    private double valueAt(int i, double[] coordinates, double[] parameters) {
        return switch (operation[i]) {
            case CONSTANT -> constant[i];
            case PARAMETER -> parameters[symbolIndex[i]];
            case COORDINATE -> coordinates[symbolIndex[i]];
            case NEGATE -> -valueAt(left[i], coordinates, parameters);
            case FUNCTION -> function[i].apply(valueAt(left[i], coordinates, parameters));
            default -> binaryOperator(operation[i]).apply(valueAt(left[i], coordinates, parameters),
                    valueAt(right[i], coordinates, parameters));
        };
    }

    private void prepare(int n) {
        if (n == size) {
            return;
        }
        for (int i = 0; i < nodeCount; i++) {
            boolean interior = operation[i] != COORDINATE && operation[i] != STREAM;
            values[i] = interior && pointwise[i] ? new double[n] : null;
            adjoints[i] = interior && onStreamPath[i] && i != root ? new double[n] : null;
        }
        boolean rootHasColumn = pointwise[root] && operation[root] != COORDINATE && operation[root] != STREAM;
        result = rootHasColumn ? null : new double[n];
        size = n;
    }

    private double[] resultColumn(int n) {
        if (result == null) {
            return values[root];
        }
        if (pointwise[root]) {
            System.arraycopy(values[root], 0, result, 0, n);
        } else {
            Arrays.fill(result, scalars[root]);
        }
        return result;
    }

    private double[] inputColumn(PointColumns in, int i, int n) {
        boolean stream = operation[i] == STREAM;
        double[] column = stream ? in.stream(streamKey[i]) : in.coordinate(symbolIndex[i]);
        String name = stream ? "stream " + streamKey[i].format(expression.symbols())
                : "coordinate " + expression.symbols().coordinates().get(symbolIndex[i]);
        if (column == null) {
            throw new IllegalArgumentException("no column for " + name);
        }
        checkLength(column, n, name);
        return column;
    }

    private double[] streamSink(StreamAdjoints out, int i, int n) {
        double[] sink = out.streamAdjoint(streamKey[i]);
        String name = "adjoint of stream " + streamKey[i].format(expression.symbols());
        if (sink == null) {
            throw new IllegalArgumentException("no " + name);
        }
        checkLength(sink, n, name);
        return sink;
    }

    private static void checkLength(double[] column, int n, String name) {
        if (column.length != n) {
            throw new IllegalArgumentException(name + " has length " + column.length + " but there are " + n + " points");
        }
    }

    private double evaluateScalar(int i) {
        return switch (operation[i]) {
            case NEGATE -> -scalars[left[i]];
            case FUNCTION -> function[i].apply(scalars[left[i]]);
            default -> binaryOperator(operation[i]).apply(scalars[left[i]], scalars[right[i]]);
        };
    }

    // ---------------------------------------------------------------- forward, one column per node

    private void evaluateColumn(int i, int n) {
        double[] out = values[i];
        int op = operation[i];
        if (op == NEGATE) {
            double[] x = values[left[i]];
            for (int k = 0; k < n; k++) {
                out[k] = -x[k];
            }
            return;
        }
        if (op == FUNCTION) {
            evaluateFunction(function[i], values[left[i]], out, n);
            return;
        }
        int l = left[i];
        int r = right[i];
        if (pointwise[l] && pointwise[r]) {
            binaryColumnColumn(op, values[l], values[r], out, n);
        } else if (pointwise[l]) {
            binaryColumnScalar(op, values[l], scalars[r], out, n);
        } else {
            binaryScalarColumn(op, scalars[l], values[r], out, n);
        }
    }

    private static void evaluateFunction(BuiltinFunction f, double[] x, double[] out, int n) {
        switch (f) {
            case SIN -> { for (int k = 0; k < n; k++) { out[k] = Math.sin(x[k]); } }
            case COS -> { for (int k = 0; k < n; k++) { out[k] = Math.cos(x[k]); } }
            case EXP -> { for (int k = 0; k < n; k++) { out[k] = Math.exp(x[k]); } }
            case LOG -> { for (int k = 0; k < n; k++) { out[k] = Math.log(x[k]); } }
            case SQRT -> { for (int k = 0; k < n; k++) { out[k] = Math.sqrt(x[k]); } }
            case TANH -> { for (int k = 0; k < n; k++) { out[k] = Math.tanh(x[k]); } }
            case ABS -> { for (int k = 0; k < n; k++) { out[k] = Math.abs(x[k]); } }
        }
    }

    private static void binaryColumnColumn(int op, double[] a, double[] b, double[] out, int n) {
        switch (op) {
            case ADD -> { for (int k = 0; k < n; k++) { out[k] = a[k] + b[k]; } }
            case SUBTRACT -> { for (int k = 0; k < n; k++) { out[k] = a[k] - b[k]; } }
            case MULTIPLY -> { for (int k = 0; k < n; k++) { out[k] = a[k] * b[k]; } }
            case DIVIDE -> { for (int k = 0; k < n; k++) { out[k] = a[k] / b[k]; } }
            case POWER -> { for (int k = 0; k < n; k++) { out[k] = Math.pow(a[k], b[k]); } }
            default -> throw new IllegalStateException("not a binary operation: " + op);
        }
    }

    private static void binaryColumnScalar(int op, double[] a, double b, double[] out, int n) {
        switch (op) {
            case ADD -> { for (int k = 0; k < n; k++) { out[k] = a[k] + b; } }
            case SUBTRACT -> { for (int k = 0; k < n; k++) { out[k] = a[k] - b; } }
            case MULTIPLY -> { for (int k = 0; k < n; k++) { out[k] = a[k] * b; } }
            case DIVIDE -> { for (int k = 0; k < n; k++) { out[k] = a[k] / b; } }
            case POWER -> {
                // Squares and cubes are the common exponents in residuals; multiplying is exact and much faster.
                if (b == 2.0) {
                    for (int k = 0; k < n; k++) { out[k] = a[k] * a[k]; }
                } else if (b == 3.0) {
                    for (int k = 0; k < n; k++) { out[k] = a[k] * a[k] * a[k]; }
                } else {
                    for (int k = 0; k < n; k++) { out[k] = Math.pow(a[k], b); }
                }
            }
            default -> throw new IllegalStateException("not a binary operation: " + op);
        }
    }

    private static void binaryScalarColumn(int op, double a, double[] b, double[] out, int n) {
        switch (op) {
            case ADD -> { for (int k = 0; k < n; k++) { out[k] = a + b[k]; } }
            case SUBTRACT -> { for (int k = 0; k < n; k++) { out[k] = a - b[k]; } }
            case MULTIPLY -> { for (int k = 0; k < n; k++) { out[k] = a * b[k]; } }
            case DIVIDE -> { for (int k = 0; k < n; k++) { out[k] = a / b[k]; } }
            case POWER -> { for (int k = 0; k < n; k++) { out[k] = Math.pow(a, b[k]); } }
            default -> throw new IllegalStateException("not a binary operation: " + op);
        }
    }

    // ---------------------------------------------------------------- reverse, one column per node

    /** Adds g * d(node i)/d(child) into the adjoint of every child on a stream path. */
    private void propagate(int i, double[] g, int n, StreamAdjoints out) {
        int op = operation[i];
        int l = left[i];
        if (op == NEGATE) {
            double[] t = sink(l, n, out);
            for (int k = 0; k < n; k++) {
                t[k] -= g[k];
            }
            return;
        }
        if (op == FUNCTION) {
            propagateFunction(function[i], values[l], values[i], g, sink(l, n, out), n);
            return;
        }
        int r = right[i];
        if (onStreamPath[l]) {
            propagateToLeft(op, i, g, sink(l, n, out), n);
        }
        if (onStreamPath[r]) {
            propagateToRight(op, i, g, sink(r, n, out), n);
        }
    }

    private double[] sink(int child, int n, StreamAdjoints out) {
        return operation[child] == STREAM ? streamSink(out, child, n) : adjoints[child];
    }

    private static void propagateFunction(BuiltinFunction f, double[] x, double[] y, double[] g, double[] t, int n) {
        switch (f) {
            case SIN -> { for (int k = 0; k < n; k++) { t[k] += g[k] * Math.cos(x[k]); } }
            case COS -> { for (int k = 0; k < n; k++) { t[k] -= g[k] * Math.sin(x[k]); } }
            case EXP -> { for (int k = 0; k < n; k++) { t[k] += g[k] * y[k]; } }
            case LOG -> { for (int k = 0; k < n; k++) { t[k] += g[k] / x[k]; } }
            case SQRT -> { for (int k = 0; k < n; k++) { t[k] += 0.5 * g[k] / y[k]; } }
            case TANH -> { for (int k = 0; k < n; k++) { t[k] += g[k] * (1.0 - y[k] * y[k]); } }
            case ABS -> { for (int k = 0; k < n; k++) { t[k] += g[k] * Math.signum(x[k]); } }
        }
    }

    /** The left child is on a stream path, hence a column; the right one may be a scalar. */
    private void propagateToLeft(int op, int i, double[] g, double[] t, int n) {
        int r = right[i];
        boolean rightColumn = pointwise[r];
        double[] b = values[r];
        double bs = scalars[r];
        switch (op) {
            case ADD -> { for (int k = 0; k < n; k++) { t[k] += g[k]; } }
            case SUBTRACT -> { for (int k = 0; k < n; k++) { t[k] += g[k]; } }
            case MULTIPLY -> {
                if (rightColumn) {
                    for (int k = 0; k < n; k++) { t[k] += g[k] * b[k]; }
                } else {
                    for (int k = 0; k < n; k++) { t[k] += g[k] * bs; }
                }
            }
            case DIVIDE -> {
                if (rightColumn) {
                    for (int k = 0; k < n; k++) { t[k] += g[k] / b[k]; }
                } else {
                    for (int k = 0; k < n; k++) { t[k] += g[k] / bs; }
                }
            }
            case POWER -> {
                double[] a = values[left[i]];
                if (rightColumn) {
                    for (int k = 0; k < n; k++) { t[k] += g[k] * b[k] * Math.pow(a[k], b[k] - 1.0); }
                } else if (bs == 2.0) {
                    for (int k = 0; k < n; k++) { t[k] += 2.0 * g[k] * a[k]; }
                } else if (bs == 3.0) {
                    for (int k = 0; k < n; k++) { t[k] += 3.0 * g[k] * a[k] * a[k]; }
                } else {
                    for (int k = 0; k < n; k++) { t[k] += g[k] * bs * Math.pow(a[k], bs - 1.0); }
                }
            }
            default -> throw new IllegalStateException("not a binary operation: " + op);
        }
    }

    /** The right child is on a stream path, hence a column; the left one may be a scalar. */
    private void propagateToRight(int op, int i, double[] g, double[] t, int n) {
        int l = left[i];
        boolean leftColumn = pointwise[l];
        double[] a = values[l];
        double as = scalars[l];
        double[] b = values[right[i]];
        double[] y = values[i];
        switch (op) {
            case ADD -> { for (int k = 0; k < n; k++) { t[k] += g[k]; } }
            case SUBTRACT -> { for (int k = 0; k < n; k++) { t[k] -= g[k]; } }
            case MULTIPLY -> {
                if (leftColumn) {
                    for (int k = 0; k < n; k++) { t[k] += g[k] * a[k]; }
                } else {
                    for (int k = 0; k < n; k++) { t[k] += g[k] * as; }
                }
            }
            // d(a/b)/db = -(a/b)/b, using the stored quotient.
            case DIVIDE -> { for (int k = 0; k < n; k++) { t[k] -= g[k] * y[k] / b[k]; } }
            case POWER -> {
                // d(a^b)/db = a^b * log(a); where a^b is 0 (a = 0, b > 0) the limit is 0, not 0 * -inf.
                if (leftColumn) {
                    for (int k = 0; k < n; k++) { t[k] += y[k] == 0.0 ? 0.0 : g[k] * y[k] * Math.log(a[k]); }
                } else {
                    double logBase = Math.log(as);
                    for (int k = 0; k < n; k++) { t[k] += y[k] == 0.0 ? 0.0 : g[k] * y[k] * logBase; }
                }
            }
            default -> throw new IllegalStateException("not a binary operation: " + op);
        }
    }

    // ---------------------------------------------------------------- compilation

    private static BinaryOperator binaryOperator(int op) {
        return switch (op) {
            case ADD -> BinaryOperator.ADD;
            case SUBTRACT -> BinaryOperator.SUBTRACT;
            case MULTIPLY -> BinaryOperator.MULTIPLY;
            case DIVIDE -> BinaryOperator.DIVIDE;
            case POWER -> BinaryOperator.POWER;
            default -> throw new IllegalStateException("not a binary operation: " + op);
        };
    }

    private static int operationOf(BinaryOperator operator) {
        return switch (operator) {
            case ADD -> ADD;
            case SUBTRACT -> SUBTRACT;
            case MULTIPLY -> MULTIPLY;
            case DIVIDE -> DIVIDE;
            case POWER -> POWER;
        };
    }

    /** Replaces every subtree of numbers and constants by its value. */
    private static Node fold(Node node) {
        if (node instanceof Node.ConstantRef constantRef) {
            return new Node.NumberLiteral(constantRef.value());
        }
        if (node instanceof Node.Negate negate) {
            Node operand = fold(negate.operand());
            return operand instanceof Node.NumberLiteral number ? new Node.NumberLiteral(-number.value())
                    : new Node.Negate(operand);
        }
        if (node instanceof Node.Call call) {
            Node argument = fold(call.argument());
            return argument instanceof Node.NumberLiteral number
                    ? new Node.NumberLiteral(call.function().apply(number.value()))
                    : new Node.Call(call.function(), argument);
        }
        if (node instanceof Node.Binary binary) {
            Node l = fold(binary.left());
            Node r = fold(binary.right());
            if (l instanceof Node.NumberLiteral a && r instanceof Node.NumberLiteral b) {
                return new Node.NumberLiteral(binary.operator().apply(a.value(), b.value()));
            }
            return new Node.Binary(binary.operator(), l, r);
        }
        return node;
    }

    /** Appends nodes in post-order, so every child precedes its parent. */
    private static final class Flattener {
        final List<Integer> operations = new ArrayList<>();
        final List<Integer> lefts = new ArrayList<>();
        final List<Integer> rights = new ArrayList<>();
        final List<Integer> symbolIndices = new ArrayList<>();
        final List<Double> constants = new ArrayList<>();
        final List<StreamKey> streamKeys = new ArrayList<>();
        final List<BuiltinFunction> functions = new ArrayList<>();

        int add(Node node) {
            if (node instanceof Node.NumberLiteral number) {
                return append(CONSTANT, -1, -1, -1, number.value(), null, null);
            }
            if (node instanceof Node.ParameterRef parameter) {
                return append(PARAMETER, -1, -1, parameter.index(), 0, null, null);
            }
            if (node instanceof Node.CoordinateRef coordinate) {
                return append(COORDINATE, -1, -1, coordinate.index(), 0, null, null);
            }
            if (node instanceof Node.StreamRef stream) {
                return append(STREAM, -1, -1, -1, 0, stream.key(), null);
            }
            if (node instanceof Node.Negate negate) {
                return append(NEGATE, add(negate.operand()), -1, -1, 0, null, null);
            }
            if (node instanceof Node.Call call) {
                return append(FUNCTION, add(call.argument()), -1, -1, 0, null, call.function());
            }
            if (node instanceof Node.Binary binary) {
                int l = add(binary.left());
                int r = add(binary.right());
                return append(operationOf(binary.operator()), l, r, -1, 0, null, null);
            }
            throw new IllegalStateException("constants are folded before flattening: " + node);
        }

        private int append(int operation, int left, int right, int symbolIndex, double constant, StreamKey key,
                BuiltinFunction function) {
            operations.add(operation);
            lefts.add(left);
            rights.add(right);
            symbolIndices.add(symbolIndex);
            constants.add(constant);
            streamKeys.add(key);
            functions.add(function);
            return operations.size() - 1;
        }
    }
}
