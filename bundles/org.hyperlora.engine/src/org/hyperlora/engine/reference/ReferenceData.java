package org.hyperlora.engine.reference;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.engine.hyper.ParameterRange;
import org.hyperlora.engine.io.CsvColumns;

/**
 * A solution known at finitely many rows — parameter values, a point, the fields there — as a CFD or FEM code
 * exports it: the reference of a study that has no closed-form solution. Unlike a {@link ReferenceSolution} it
 * answers only where it was given, so errors against it are measured at its own parameter values and points.
 *
 * @param file       the CSV file it was read from
 * @param parameters the family's parameter names
 * @param coordinates the family's coordinate names
 * @param fields     the family's field names
 * @param cases      one per distinct parameter vector, in the order the file first names them
 */
public record ReferenceData(Path file, List<String> parameters, List<String> coordinates, List<String> fields,
        List<ReferenceData.Case> cases) {

    /**
     * The rows of one parameter vector.
     *
     * @param parameters the parameter values
     * @param points     the points, row-major ({@code count × coordinates})
     * @param values     the fields at the points, {@code [field][point]}
     * @param lines      the file's line of each point, for messages
     */
    public record Case(double[] parameters, double[] points, double[][] values, int[] lines) {
        public int pointCount() {
            return lines.length;
        }
    }

    public ReferenceData {
        parameters = List.copyOf(parameters);
        coordinates = List.copyOf(coordinates);
        fields = List.copyOf(fields);
        cases = List.copyOf(cases);
    }

    /**
     * Reads a data file whose header names exactly the family's parameters, coordinates and fields (in any order).
     *
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException naming the file, line and column: an empty file, a missing or unknown
     *                                  column, a column named twice, a cell that is not a finite number, no rows
     */
    public static ReferenceData read(Path file, List<String> parameters, List<String> coordinates, List<String> fields)
            throws IOException {
        List<String> names = new ArrayList<>(parameters);
        names.addAll(coordinates);
        names.addAll(fields);
        CsvColumns table = CsvColumns.read(file, names, List.of(), CsvColumns.OtherColumns.REFUSED);
        int p = parameters.size(), d = coordinates.size(), f = fields.size();
        Map<List<Double>, List<Integer>> rowsByValue = new LinkedHashMap<>();
        for (int row = 0; row < table.rowCount(); row++) {
            List<Double> key = new ArrayList<>(p);
            for (int k = 0; k < p; k++) {
                key.add(table.columns()[k][row]);
            }
            rowsByValue.computeIfAbsent(key, any -> new ArrayList<>()).add(row);
        }
        List<Case> cases = new ArrayList<>();
        for (Map.Entry<List<Double>, List<Integer>> entry : rowsByValue.entrySet()) {
            List<Integer> rows = entry.getValue();
            double[] points = new double[rows.size() * d];
            double[][] values = new double[f][rows.size()];
            int[] lines = new int[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                int row = rows.get(i);
                for (int k = 0; k < d; k++) {
                    points[i * d + k] = table.columns()[p + k][row];
                }
                for (int k = 0; k < f; k++) {
                    values[k][i] = table.columns()[p + d + k][row];
                }
                lines[i] = table.lines()[row];
            }
            cases.add(new Case(entry.getKey().stream().mapToDouble(Double::doubleValue).toArray(), points, values,
                    lines));
        }
        return new ReferenceData(file, parameters, coordinates, fields, cases);
    }

    /**
     * Checks that every row lies in the study: its parameter values in the trained range, its point in the domain.
     *
     * @throws IllegalArgumentException for the first row outside, naming the file, line and column
     */
    public void checkWithin(ParameterRange range, Domain domain) {
        int d = coordinates.size();
        for (Case c : cases) {
            if (!range.contains(c.parameters())) {
                for (int k = 0; k < parameters.size(); k++) {
                    double value = c.parameters()[k];
                    if (!(value >= range.lower()[k] && value <= range.upper()[k])) {
                        throw new IllegalArgumentException(String.format(Locale.ROOT,
                                "%s, line %d, column '%s': %s is outside the parameter range [%s, %s]", file,
                                c.lines()[0], parameters.get(k), value, range.lower()[k], range.upper()[k]));
                    }
                }
            }
            for (int i = 0; i < c.pointCount(); i++) {
                for (int k = 0; k < d; k++) {
                    double value = c.points()[i * d + k];
                    if (!(value >= domain.lower(k) && value <= domain.upper(k))) {
                        throw new IllegalArgumentException(String.format(Locale.ROOT,
                                "%s, line %d, column '%s': %s is outside the domain [%s, %s]", file, c.lines()[i],
                                coordinates.get(k), value, domain.lower(k), domain.upper(k)));
                    }
                }
            }
        }
    }

    /**
     * Checks every row's point against a domain made of shapes at the row's parameter values (after
     * {@link #checkWithin}): a row in a hole names its file and line.
     *
     * @throws IllegalArgumentException for a row outside the shape, or parameter values where the shape is invalid
     */
    public void checkWithin(org.hyperlora.engine.geometry.ShapedDomain shape) {
        for (Case c : cases) {
            org.hyperlora.engine.geometry.ShapedDomain.Region region;
            try {
                region = shape.at(c.parameters());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "%s, line %d: %s", file, c.lines()[0],
                        e.getMessage()), e);
            }
            for (int i = 0; i < c.pointCount(); i++) {
                if (!region.contains(c.points(), i)) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "%s, line %d: the point %s is outside the domain %s at %s", file, c.lines()[i],
                            Arrays.toString(Arrays.copyOfRange(c.points(), i * coordinates.size(),
                                    (i + 1) * coordinates.size())), shape.describe(),
                            Arrays.toString(c.parameters())));
                }
            }
        }
    }

    /** The rows at exactly these parameter values, or null. */
    public Case caseAt(double[] parameterValues) {
        for (Case c : cases) {
            if (Arrays.equals(c.parameters(), parameterValues)) {
                return c;
            }
        }
        return null;
    }

    public int rowCount() {
        return cases.stream().mapToInt(Case::pointCount).sum();
    }

    /** For people: {@code data.csv (3 parameter values, 1,200 points)}. */
    public String describe() {
        return String.format(Locale.ROOT, "%s (%d parameter value%s, %,d points)", file.getFileName(), cases.size(),
                cases.size() == 1 ? "" : "s", rowCount());
    }
}
