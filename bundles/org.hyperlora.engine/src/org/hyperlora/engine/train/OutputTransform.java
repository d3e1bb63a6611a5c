package org.hyperlora.engine.train;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.hyperlora.engine.pde.CompiledExpression;
import org.hyperlora.engine.pde.Derivative;
import org.hyperlora.engine.pde.Expression;
import org.hyperlora.engine.pde.ExpressionException;
import org.hyperlora.engine.pde.PointColumns;
import org.hyperlora.engine.pde.StreamKey;
import org.hyperlora.engine.pde.SymbolTable;

/**
 * A hard constraint on one field: the field is {@code g(x) + d(x)·N(x)}, where N is the network's raw
 * output for that field, {@code g} takes the prescribed boundary/initial values and {@code d} vanishes where
 * they are prescribed, so the constraint holds exactly whatever the weights. For Burgers on
 * [-1,1]×[0,1] with u(x,0) = -sin(πx) and u(±1,t) = 0: {@code g = -sin(pi*x)}, {@code d = t*(1 - x^2)}.
 * <p>
 * {@code g} and {@code d} are expressions of coordinates and parameters. The field's derivative streams
 * follow by the product rule, with the derivatives of g and d taken symbolically
 * ({@link Expression#derivative(int)}):
 *
 * <pre>
 * u    = g    + d N
 * u_x  = g_x  + d_x N  + d N_x
 * u_xy = g_xy + d_xy N + d_x N_y + d_y N_x + d N_xy        (u_xx: 2 d_x N_x)
 * </pre>
 *
 * so a field stream with derivative D needs the network streams of every sub-derivative of D
 * ({@link #networkStreams}). The map from network streams to field streams is linear in N with
 * coefficients that depend on the points and parameters only: {@link #coefficients} evaluates them once
 * for a set of points, and the returned {@link Coefficients} applies the map and its transpose.
 * <p>
 * Immutable and thread-safe; {@link Coefficients} are not thread-safe.
 */
public final class OutputTransform {

    private final SymbolTable symbols;
    private final int field;
    private final Expression g;
    private final Expression d;
    private final Map<Derivative, Expression> gDerivatives;
    private final Map<Derivative, Expression> dDerivatives;

    /**
     * @param symbols the problem's names
     * @param field index of the constrained field
     * @param g the field's value where the constraint holds, extended inside the domain
     * @param d a function vanishing exactly where the constraint holds
     * @throws IllegalArgumentException if the field index is out of range, g or d was parsed against other
     *             symbols, or reads fields
     */
    public OutputTransform(SymbolTable symbols, int field, Expression g, Expression d) {
        this.symbols = Objects.requireNonNull(symbols, "symbols");
        Objects.requireNonNull(g, "g");
        Objects.requireNonNull(d, "d");
        if (field < 0 || field >= symbols.fields().size()) {
            throw new IllegalArgumentException("hard constraint: field index " + field + " outside 0.."
                    + (symbols.fields().size() - 1) + " (fields " + symbols.fields() + ")");
        }
        String fieldName = symbols.fields().get(field);
        check(fieldName, "g", g, symbols);
        check(fieldName, "d", d, symbols);
        this.field = field;
        this.g = g;
        this.d = d;
        this.gDerivatives = derivatives(g);
        this.dDerivatives = derivatives(d);
    }

    /**
     * Parses {@code field = g + d·N} from text, with messages naming the field and which of g and d is wrong.
     *
     * @throws IllegalArgumentException for an unknown field, a parse error in g or d, or g or d reading fields
     */
    public static OutputTransform parse(SymbolTable symbols, String field, String g, String d) {
        Objects.requireNonNull(symbols, "symbols");
        int index = field == null ? -1 : symbols.fieldIndex(field);
        if (index < 0) {
            throw new IllegalArgumentException("hard constraint: unknown field '" + field + "'; fields are "
                    + symbols.fields());
        }
        return new OutputTransform(symbols, index, parseSide(symbols, field, "g", g), parseSide(symbols, field, "d", d));
    }

    private static Expression parseSide(SymbolTable symbols, String field, String which, String text) {
        String what = "hard constraint on " + field + ": " + which;
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is empty; write an expression of the coordinates"
                    + ("g".equals(which) ? " and parameters (0 if the prescribed values are 0)" : " and parameters"));
        }
        try {
            return symbols.parse(text);
        } catch (ExpressionException e) {
            throw new IllegalArgumentException(what + " '" + text + "': " + e.getMessage(), e);
        }
    }

    private static void check(String fieldName, String which, Expression expression, SymbolTable symbols) {
        String what = "hard constraint on " + fieldName + ": " + which + " '" + expression.source() + "'";
        if (!expression.symbols().equals(symbols)) {
            throw new IllegalArgumentException(what + " was parsed against " + expression.symbols()
                    + ", not the problem's " + symbols);
        }
        if (!expression.isFieldFree()) {
            throw new IllegalArgumentException(what + " may use coordinates and parameters only, not fields (it reads "
                    + String.join(", ", expression.streams().stream().map(k -> k.format(symbols)).toList()) + ")");
        }
        if ("d".equals(which) && expression.coordinates().isEmpty() && expression.parameters().isEmpty()
                && expression.compile().evaluateAt(new double[0], new double[0]) == 0.0) {
            throw new IllegalArgumentException(what + " is identically 0, which leaves the network nothing to learn;"
                    + " d must vanish only where the constraint holds");
        }
    }

    /** Every derivative of order 0..2. */
    private Map<Derivative, Expression> derivatives(Expression expression) {
        Map<Derivative, Expression> all = new HashMap<>();
        int dimension = symbols.coordinates().size();
        all.put(Derivative.VALUE, expression);
        for (int i = 0; i < dimension; i++) {
            Expression first = expression.derivative(i);
            all.put(Derivative.of(i), first);
            for (int j = i; j < dimension; j++) {
                all.put(Derivative.of(i, j), first.derivative(j));
            }
        }
        return Collections.unmodifiableMap(all);
    }

    public SymbolTable symbols() {
        return symbols;
    }

    /** Index of the constrained field. */
    public int field() {
        return field;
    }

    /** The prescribed part g. */
    public Expression g() {
        return g;
    }

    /** The factor d of the network output. */
    public Expression d() {
        return d;
    }

    /** The given derivative of g (order ≤ 2), symbolic. */
    public Expression gDerivative(Derivative derivative) {
        return lookup(gDerivatives, derivative);
    }

    /** The given derivative of d (order ≤ 2), symbolic. */
    public Expression dDerivative(Derivative derivative) {
        return lookup(dDerivatives, derivative);
    }

    private Expression lookup(Map<Derivative, Expression> derivatives, Derivative derivative) {
        Expression expression = derivatives.get(derivative);
        if (expression == null) {
            throw new IllegalArgumentException("derivative " + derivative + " is not along the coordinates "
                    + symbols.coordinates());
        }
        return expression;
    }

    /**
     * The network streams (of this transform's field) needed to compute the given field streams: for each
     * stream of this field, every sub-derivative of it (u_xy needs N, N_x, N_y, N_xy). Streams of other
     * fields are ignored.
     *
     * @return sorted, unmodifiable
     */
    public Set<StreamKey> networkStreams(Set<StreamKey> fieldStreams) {
        SortedSet<StreamKey> needed = new TreeSet<>();
        for (StreamKey key : fieldStreams) {
            if (key.field() != field) {
                continue;
            }
            int[] multiIndex = key.derivative().coordinates();
            for (int subset = 0; subset < 1 << multiIndex.length; subset++) {
                needed.add(new StreamKey(field, part(multiIndex, subset, false)));
            }
        }
        return Collections.unmodifiableSortedSet(needed);
    }

    /** The positions of {@code multiIndex} in (or, if {@code complement}, not in) the bit set {@code subset}. */
    private static Derivative part(int[] multiIndex, int subset, boolean complement) {
        int[] chosen = new int[multiIndex.length];
        int count = 0;
        for (int position = 0; position < multiIndex.length; position++) {
            if (((subset >> position & 1) == 1) != complement) {
                chosen[count++] = multiIndex[position];
            }
        }
        return Derivative.of(Arrays.copyOf(chosen, count));
    }

    /**
     * Evaluates the coefficients of the map N-streams → field streams at the given points and parameter
     * values, for the field streams of this transform's field among {@code fieldStreams}.
     *
     * @param coordinatesAndParameters coordinate columns and parameter values (no streams needed)
     * @throws IllegalArgumentException if g, d or one of their derivatives is not finite at a point (for
     *             instance {@code abs}, whose derivative is undefined at its kink, or {@code log} at 0), with the
     *             expression and the point
     */
    public Coefficients coefficients(PointColumns coordinatesAndParameters, Set<StreamKey> fieldStreams) {
        return new Coefficients(coordinatesAndParameters, fieldStreams);
    }

    /**
     * Writes every column of {@code fieldColumnsOut} that belongs to this transform's field from the
     * network columns ({@link #networkStreams} of those keys). Evaluates g and d each call; for repeated
     * use at the same points use {@link #coefficients}.
     */
    public void apply(PointColumns coordinatesAndParameters, Map<StreamKey, double[]> networkColumns,
            Map<StreamKey, double[]> fieldColumnsOut) {
        coefficients(coordinatesAndParameters, fieldColumnsOut.keySet()).apply(networkColumns, fieldColumnsOut);
    }

    /**
     * The reverse of {@link #apply}: ADDS dL/d(network stream) into {@code networkAdjointsOut} (one
     * accumulator per {@link #networkStreams} key) given dL/d(field stream) for every key of this transform's
     * field in {@code fieldAdjoints}. The map is linear in N, so the network columns are not needed.
     */
    public void backward(PointColumns coordinatesAndParameters, Map<StreamKey, double[]> fieldAdjoints,
            Map<StreamKey, double[]> networkAdjointsOut) {
        coefficients(coordinatesAndParameters, fieldAdjoints.keySet()).backward(fieldAdjoints, networkAdjointsOut);
    }

    /**
     * Turns network outputs into field values in place: {@code values[field][point]} of each constrained
     * field becomes {@code g + d·N} at the points (row-major, {@code count × dimension}).
     */
    public static void applyToValues(List<OutputTransform> transforms, double[] points, int dimension,
            double[] parameterValues, double[][] values) {
        if (transforms.isEmpty()) {
            return;
        }
        int count = points.length / dimension;
        double[][] coordinates = new double[dimension][count];
        for (int p = 0; p < count; p++) {
            for (int i = 0; i < dimension; i++) {
                coordinates[i][p] = points[p * dimension + i];
            }
        }
        PointColumns at = PointColumns.ofCoordinates(count, coordinates, parameterValues);
        for (OutputTransform transform : transforms) {
            StreamKey key = StreamKey.value(transform.field());
            double[] raw = values[transform.field()];
            values[transform.field()] = new double[count];
            transform.apply(at, Map.of(key, raw), Map.of(key, values[transform.field()]));
        }
    }

    @Override
    public String toString() {
        return symbols.fields().get(field) + " = " + g.format() + " + (" + d.format() + ")*N";
    }

    /**
     * The map from network streams to field streams at fixed points and parameter values:
     * {@code u_D = g_D + Σ_k c_k N_k} with one coefficient column per network stream.
     */
    public final class Coefficients {

        private final int size;
        /** Field streams of this transform's field, in order. */
        private final StreamKey[] fieldKeys;
        /** g_D per field stream; null where it is 0 at every point. */
        private final double[][] offsets;
        private final StreamKey[][] networkKeys;
        private final double[][][] factors;

        private Coefficients(PointColumns in, Set<StreamKey> fieldStreams) {
            this.size = in.size();
            List<StreamKey> keys = fieldStreams.stream().filter(k -> k.field() == field).sorted().toList();
            int n = keys.size();
            fieldKeys = keys.toArray(new StreamKey[0]);
            offsets = new double[n][];
            networkKeys = new StreamKey[n][];
            factors = new double[n][][];
            Map<Derivative, double[]> dColumns = new HashMap<>();
            for (int s = 0; s < n; s++) {
                Derivative derivative = fieldKeys[s].derivative();
                double[] offset = column(gDerivative(derivative), "g", derivative, in);
                offsets[s] = isZero(offset) ? null : offset;
                // Σ over splits of the multi-index: d_S · N_(D∖S); equal network streams are merged (u_xx: 2 d_x N_x).
                int[] multiIndex = derivative.coordinates();
                Map<StreamKey, double[]> terms = new LinkedHashMap<>();
                for (int subset = 0; subset < 1 << multiIndex.length; subset++) {
                    Derivative ofD = part(multiIndex, subset, false);
                    StreamKey network = new StreamKey(field, part(multiIndex, subset, true));
                    double[] factor = dColumns.computeIfAbsent(ofD, k -> column(dDerivative(k), "d", k, in));
                    double[] sum = terms.get(network);
                    if (sum == null) {
                        terms.put(network, factor);
                    } else {
                        double[] merged = new double[size];
                        for (int p = 0; p < size; p++) {
                            merged[p] = sum[p] + factor[p];
                        }
                        terms.put(network, merged);
                    }
                }
                // Drop identically vanishing coefficients (d_xx of t*(1 - x^2) is not, d_tt is).
                terms.values().removeIf(OutputTransform::isZero);
                networkKeys[s] = terms.keySet().toArray(new StreamKey[0]);
                factors[s] = terms.values().toArray(new double[0][]);
            }
        }

        private double[] column(Expression expression, String which, Derivative derivative, PointColumns in) {
            CompiledExpression compiled = expression.compile();
            double[] values = compiled.evaluate(in).clone();
            for (int p = 0; p < values.length; p++) {
                if (!Double.isFinite(values[p])) {
                    StringBuilder point = new StringBuilder();
                    List<String> coordinates = symbols.coordinates();
                    for (int c = 0; c < coordinates.size(); c++) {
                        point.append(c == 0 ? "" : ", ").append(coordinates.get(c)).append(" = ")
                                .append(in.coordinate(c)[p]);
                    }
                    String source = (which.equals("g") ? g : d).source();
                    String name = derivative.isValue() ? which + " = '" + source + "'"
                            : which + "_" + derivative.format(symbols) + " = " + expression.format() + " (of " + which
                                    + " = '" + source + "')";
                    throw new IllegalArgumentException("hard constraint on " + symbols.fields().get(field) + ": " + name
                            + " is " + values[p] + " at (" + point + "); g and d must be finite and twice"
                            + " differentiable at every point (abs has no derivative at its kink, log and sqrt none at 0)");
                }
            }
            return values;
        }

        /** Number of points. */
        public int size() {
            return size;
        }

        /** Writes the field columns (keys of this transform's field given at construction) from the network's. */
        public void apply(Map<StreamKey, double[]> networkColumns, Map<StreamKey, double[]> fieldColumnsOut) {
            for (int s = 0; s < fieldKeys.length; s++) {
                double[] out = columnOf(fieldColumnsOut, fieldKeys[s], "field");
                double[] offset = offsets[s];
                if (offset == null) {
                    Arrays.fill(out, 0, size, 0.0);
                } else {
                    System.arraycopy(offset, 0, out, 0, size);
                }
                StreamKey[] keys = networkKeys[s];
                double[][] factor = factors[s];
                for (int k = 0; k < keys.length; k++) {
                    double[] network = columnOf(networkColumns, keys[k], "network");
                    double[] c = factor[k];
                    for (int p = 0; p < size; p++) {
                        out[p] += c[p] * network[p];
                    }
                }
            }
        }

        /** Adds dL/d(network stream) given dL/d(field stream), the transpose of {@link #apply}. */
        public void backward(Map<StreamKey, double[]> fieldAdjoints, Map<StreamKey, double[]> networkAdjointsOut) {
            for (int s = 0; s < fieldKeys.length; s++) {
                double[] adjoint = fieldAdjoints.get(fieldKeys[s]);
                if (adjoint == null) {
                    continue;
                }
                StreamKey[] keys = networkKeys[s];
                double[][] factor = factors[s];
                for (int k = 0; k < keys.length; k++) {
                    double[] sink = columnOf(networkAdjointsOut, keys[k], "network adjoint");
                    double[] c = factor[k];
                    for (int p = 0; p < size; p++) {
                        sink[p] += c[p] * adjoint[p];
                    }
                }
            }
        }

        private double[] columnOf(Map<StreamKey, double[]> columns, StreamKey key, String what) {
            double[] column = columns.get(key);
            if (column == null || column.length < size) {
                throw new IllegalArgumentException("hard constraint on " + symbols.fields().get(field) + ": "
                        + (column == null ? "no " + what + " column for " : "the " + what + " column is too short for ")
                        + key.format(symbols) + " (" + size + " points)");
            }
            return column;
        }
    }

    private static boolean isZero(double[] column) {
        for (double v : column) {
            if (v != 0.0) {
                return false;
            }
        }
        return true;
    }
}
