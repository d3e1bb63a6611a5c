package org.hyperlora.workflow.steps;

import java.util.ArrayList;
import java.util.List;

import org.hyperlora.model.Coordinate;
import org.hyperlora.model.Field;
import org.hyperlora.model.Parameter;
import org.hyperlora.model.PdeFamily;
import org.hyperlora.model.Reference;
import org.hyperlora.model.Scale;
import org.hyperlora.model.Study;

/**
 * The names and ranges of a study that steps check and tabulate against: coordinates with their domain, fields,
 * parameters with their range and reference value, and the fields compared up to a constant.
 */
final class StudyShape {

    final String name;
    final List<String> coordinates = new ArrayList<>();
    final double[] lower;
    final double[] upper;
    final List<String> fields = new ArrayList<>();
    final List<String> parameters = new ArrayList<>();
    final double[] parameterLower;
    final double[] parameterUpper;
    /** The study's reference value of each parameter (the middle of its range, geometric for log scales, if unset). */
    final double[] reference;
    final List<String> meanShifted = new ArrayList<>();

    private StudyShape(Study study) {
        PdeFamily family = study.getFamily();
        if (family == null) {
            throw new IllegalArgumentException("study '" + study.getName() + "' has no PDE family");
        }
        name = study.getName();
        for (Coordinate coordinate : family.getCoordinates()) {
            coordinates.add(coordinate.getName());
        }
        lower = family.getCoordinates().stream().mapToDouble(Coordinate::getLower).toArray();
        upper = family.getCoordinates().stream().mapToDouble(Coordinate::getUpper).toArray();
        for (Field field : family.getFields()) {
            fields.add(field.getName());
        }
        for (Parameter parameter : family.getParameters()) {
            parameters.add(parameter.getName());
        }
        List<Parameter> declared = family.getParameters();
        parameterLower = declared.stream().mapToDouble(Parameter::getLower).toArray();
        parameterUpper = declared.stream().mapToDouble(Parameter::getUpper).toArray();
        reference = new double[declared.size()];
        for (int p = 0; p < reference.length; p++) {
            Parameter parameter = declared.get(p);
            reference[p] = parameter.isSetReferenceValue() ? parameter.getReferenceValue()
                    : parameter.getScale() == Scale.LOG ? Math.sqrt(parameter.getLower() * parameter.getUpper())
                            : 0.5 * (parameter.getLower() + parameter.getUpper());
        }
        Reference solution = family.getReference();
        if (solution != null) {
            for (Field field : solution.getMeanShiftedFields()) {
                meanShifted.add(field.getName());
            }
        }
    }

    static StudyShape of(Study study) {
        return new StudyShape(study);
    }

    int dimension() {
        return coordinates.size();
    }

    /** E.g. {@code Re = 40} or {@code a = 1, b = 2}. */
    String describe(double[] values) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < values.length && p < parameters.size(); p++) {
            text.append(p == 0 ? "" : ", ").append(parameters.get(p)).append(" = ").append(values[p]);
        }
        return text.toString();
    }
}
