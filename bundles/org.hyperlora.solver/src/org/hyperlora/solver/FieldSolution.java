package org.hyperlora.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of one solve at the given points, by name in the study's field order, with the parameter vector
 * and whether it was inside the solver's validity range.
 */
public final class FieldSolution {

    private final double[] parameters;
    private final int pointCount;
    private final Map<String, double[]> fields;
    private final Validity validity;
    private final long elapsedNanos;

    public FieldSolution(double[] parameters, List<String> fieldNames, double[][] values, Validity validity,
            long elapsedNanos) {
        if (fieldNames.size() != values.length) {
            throw new IllegalArgumentException(fieldNames.size() + " field names " + fieldNames + " for "
                    + values.length + " value arrays");
        }
        this.parameters = parameters.clone();
        this.pointCount = values.length == 0 ? 0 : values[0].length;
        Map<String, double[]> map = new LinkedHashMap<>();
        for (int f = 0; f < values.length; f++) {
            if (values[f].length != pointCount) {
                throw new IllegalArgumentException("field " + fieldNames.get(f) + " has " + values[f].length
                        + " values, expected " + pointCount);
            }
            map.put(fieldNames.get(f), values[f]);
        }
        this.fields = Collections.unmodifiableMap(map);
        this.validity = validity;
        this.elapsedNanos = elapsedNanos;
    }

    public double[] parameters() {
        return parameters.clone();
    }

    public int pointCount() {
        return pointCount;
    }

    public List<String> fieldNames() {
        return new ArrayList<>(fields.keySet());
    }

    /**
     * The values of a field, one per point (the array itself: do not modify).
     *
     * @throws IllegalArgumentException for an unknown field, listing the known ones
     */
    public double[] field(String name) {
        double[] values = fields.get(name);
        if (values == null) {
            throw new IllegalArgumentException("no field '" + name + "'; fields: " + fields.keySet());
        }
        return values;
    }

    public Validity validity() {
        return validity;
    }

    /** Wall time of the solve (for a retrained PINN, the training included). */
    public long elapsedNanos() {
        return elapsedNanos;
    }
}
