package org.hyperlora.engine.pde;

import java.util.Map;

/**
 * The inputs of a {@link CompiledExpression} at N points, column-wise: one {@code double[N]} per field
 * stream, per coordinate, and one scalar per parameter. Implementations may hand out their own arrays;
 * the evaluator only reads them.
 */
public interface PointColumns {

    /** Number of points N. */
    int size();

    /** The column (length N) of a stream the expression uses. */
    double[] stream(StreamKey key);

    /** The column (length N) of coordinate {@code index}. */
    double[] coordinate(int index);

    /** The value of parameter {@code index}, the same at every point. */
    double parameter(int index);

    /**
     * Columns backed by the given arrays (not copied).
     *
     * @param size number of points N
     * @param streams stream columns by key
     * @param coordinates coordinate columns by coordinate index
     * @param parameters parameter values by parameter index
     */
    static PointColumns of(int size, Map<StreamKey, double[]> streams, double[][] coordinates, double[] parameters) {
        return new ArrayPointColumns(size, streams, coordinates, parameters);
    }

    /** Columns without field streams, for field-free expressions such as boundary right-hand sides. */
    static PointColumns ofCoordinates(int size, double[][] coordinates, double[] parameters) {
        return new ArrayPointColumns(size, Map.of(), coordinates, parameters);
    }
}
