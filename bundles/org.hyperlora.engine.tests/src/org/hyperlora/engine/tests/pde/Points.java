package org.hyperlora.engine.tests.pde;

import java.util.HashMap;
import java.util.Map;

import org.hyperlora.engine.pde.PointColumns;
import org.hyperlora.engine.pde.StreamKey;
import org.hyperlora.engine.pde.SymbolTable;

/** Builds {@link PointColumns} for tests by stream name, e.g. {@code points.stream("u_xx", 1, 2, 3)}. */
final class Points {

    private final SymbolTable symbols;
    private final int size;
    private final Map<StreamKey, double[]> streams = new HashMap<>();
    private final double[][] coordinates;
    private final double[] parameters;

    Points(SymbolTable symbols, int size) {
        this.symbols = symbols;
        this.size = size;
        this.coordinates = new double[symbols.coordinates().size()][size];
        this.parameters = new double[symbols.parameters().size()];
    }

    /** Sets the column of a stream written as in expressions ("u", "u_xy"). */
    Points stream(String name, double... column) {
        streams.put(key(name), check(column));
        return this;
    }

    Points coordinate(String name, double... column) {
        coordinates[symbols.coordinateIndex(name)] = check(column);
        return this;
    }

    Points parameter(String name, double value) {
        parameters[symbols.parameterIndex(name)] = value;
        return this;
    }

    Map<StreamKey, double[]> streams() {
        return streams;
    }

    PointColumns columns() {
        return PointColumns.of(size, streams, coordinates, parameters);
    }

    StreamKey key(String name) {
        // Parsing the name is the simplest way to turn "u_xy" into its key.
        return symbols.parse(name).streams().iterator().next();
    }

    private double[] check(double[] column) {
        if (column.length != size) {
            throw new IllegalArgumentException("expected " + size + " values");
        }
        return column;
    }
}
