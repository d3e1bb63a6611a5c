package org.hyperlora.engine.pde;

import java.util.Map;

/** {@link PointColumns} over plain arrays, with messages that say which input is missing. */
final class ArrayPointColumns implements PointColumns {

    private final int size;
    private final Map<StreamKey, double[]> streams;
    private final double[][] coordinates;
    private final double[] parameters;

    ArrayPointColumns(int size, Map<StreamKey, double[]> streams, double[][] coordinates, double[] parameters) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        this.size = size;
        this.streams = streams;
        this.coordinates = coordinates;
        this.parameters = parameters;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public double[] stream(StreamKey key) {
        double[] column = streams.get(key);
        if (column == null) {
            throw new IllegalArgumentException("no column for stream " + key);
        }
        return column;
    }

    @Override
    public double[] coordinate(int index) {
        if (index >= coordinates.length) {
            throw new IllegalArgumentException("no column for coordinate " + index + "; " + coordinates.length + " given");
        }
        return coordinates[index];
    }

    @Override
    public double parameter(int index) {
        if (index >= parameters.length) {
            throw new IllegalArgumentException("no value for parameter " + index + "; " + parameters.length + " given");
        }
        return parameters[index];
    }
}
