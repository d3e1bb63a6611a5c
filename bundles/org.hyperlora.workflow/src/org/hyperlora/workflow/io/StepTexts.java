package org.hyperlora.workflow.io;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.hyperlora.solver.DerivedQuantity;
import org.hyperlora.workflow.GridAxis;
import org.hyperlora.workflow.ParameterAssignment;
import org.hyperlora.workflow.ParameterDistribution;
import org.hyperlora.workflow.ParameterPoint;
import org.hyperlora.workflow.Property;
import org.hyperlora.workflow.Quantity;
import org.hyperlora.workflow.QuantityBound;
import org.hyperlora.workflow.QuantityKind;
import org.hyperlora.workflow.WorkflowFactory;
import org.hyperlora.workflow.WorkflowPackage;

/**
 * One line of text for a step's contained settings, as the command line writes them, so the workflow editor edits
 * them in a field checked as typed: parameter values {@code Re=60, nu=0.01}; grid axes {@code x=-0.5:1:76, y=51} (a
 * count alone spans the coordinate); quantities {@code maxAbs(u); u(x=0.5 y=0.0)}; bounds
 * {@code u(x=1.0 t=0.1)>=0.6; 0<=maxAbs(u)<=2}; distributions {@code Re=normal:45:3}; parameter points
 * {@code Re=30; Re=60}; properties {@code key=value; key=value}. {@link #parse} reads what {@link #format} writes.
 */
public final class StepTexts {

    private static final WorkflowFactory FACTORY = WorkflowFactory.eINSTANCE;
    private static final WorkflowPackage PACKAGE = WorkflowPackage.eINSTANCE;

    /** What quantities are read against: the study's coordinates and fields (empty when it cannot be read). */
    public record Names(List<String> coordinates, List<String> fields) {
        public static final Names NONE = new Names(List.of(), List.of());
    }

    private StepTexts() {
    }

    /** Whether the editor shows this reference as one line of text. */
    public static boolean isText(EReference reference) {
        EClass type = reference.getEReferenceType();
        return reference.isContainment() && (type == PACKAGE.getParameterAssignment() || type == PACKAGE.getGridAxis()
                || type == PACKAGE.getQuantity() || type == PACKAGE.getQuantityBound()
                || type == PACKAGE.getParameterDistribution() || type == PACKAGE.getParameterPoint()
                || type == PACKAGE.getProperty());
    }

    /** An example of the text, for a hint. */
    public static String example(EReference reference) {
        EClass type = reference.getEReferenceType();
        if (type == PACKAGE.getParameterAssignment()) {
            return "Re=60, nu=0.01";
        } else if (type == PACKAGE.getGridAxis()) {
            return "x=-0.5:1:76, y=51, t=:0.5:11";
        } else if (type == PACKAGE.getQuantity()) {
            return reference.isMany() ? "maxAbs(u); u(x=0.5 y=0.0)" : "u(x=0.5 y=0.0)";
        } else if (type == PACKAGE.getQuantityBound()) {
            return "u(x=1.0 y=0.5)>=0.6; 0<=maxAbs(u)<=2";
        } else if (type == PACKAGE.getParameterDistribution()) {
            return "Re=normal:45:3, nu=uniform:0.01:0.03";
        } else if (type == PACKAGE.getParameterPoint()) {
            return "Re=30; Re=60";
        }
        return "key=value; key=value";
    }

    /** The text of a reference's contents ({@code ""} for none). */
    public static String format(EObject owner, EReference reference, Names names) {
        List<EObject> contents = new ArrayList<>();
        Object value = owner.eGet(reference);
        if (reference.isMany()) {
            for (Object item : (List<?>) value) {
                contents.add((EObject) item);
            }
        } else if (value != null) {
            contents.add((EObject) value);
        }
        List<String> parts = new ArrayList<>();
        for (EObject item : contents) {
            parts.add(formatOne(item, names));
        }
        EClass type = reference.getEReferenceType();
        boolean semicolons = type == PACKAGE.getQuantity() || type == PACKAGE.getQuantityBound()
                || type == PACKAGE.getParameterPoint() || type == PACKAGE.getProperty();
        return String.join(semicolons ? "; " : ", ", parts);
    }

    private static String formatOne(EObject item, Names names) {
        if (item instanceof ParameterAssignment assignment) {
            return assignment.getName() + "=" + CsvTable.format(assignment.getValue());
        } else if (item instanceof GridAxis axis) {
            // an end left unset is the coordinate's own: written empty
            return axis.getCoordinate() + "=" + (axis.isSetFrom() || axis.isSetTo()
                    ? (axis.isSetFrom() ? CsvTable.format(axis.getFrom()) : "") + ":"
                            + (axis.isSetTo() ? CsvTable.format(axis.getTo()) : "") + ":" + axis.getCount()
                    : Integer.toString(axis.getCount()));
        } else if (item instanceof Quantity quantity) {
            return quantity(quantity, names);
        } else if (item instanceof QuantityBound bound) {
            String label = bound.getQuantity() == null ? "?" : unlabelled(bound.getQuantity(), names);
            return (bound.isSetLower() ? CsvTable.format(bound.getLower()) + "<=" : "") + label
                    + (bound.isSetUpper() ? "<=" + CsvTable.format(bound.getUpper()) : "");
        } else if (item instanceof ParameterDistribution distribution) {
            return distribution.getName() + "=" + distribution.getDistribution();
        } else if (item instanceof ParameterPoint point) {
            List<String> values = new ArrayList<>();
            for (ParameterAssignment assignment : point.getValues()) {
                values.add(formatOne(assignment, names));
            }
            return String.join(", ", values);
        } else if (item instanceof Property property) {
            return property.getKey() + "=" + (property.getValue() == null ? "" : property.getValue());
        }
        throw new IllegalArgumentException("no text form for " + item.eClass().getName());
    }

    private static String quantity(Quantity quantity, Names names) {
        String labelled = quantity.getLabel() == null || quantity.getLabel().isBlank() ? ""
                : " \"" + quantity.getLabel() + "\"";
        return unlabelled(quantity, names) + labelled;
    }

    private static String unlabelled(Quantity quantity, Names names) {
        String field = quantity.getField() == null ? "" : quantity.getField();
        if (quantity.getKind() != QuantityKind.PROBE) {
            return quantity.getKind().getLiteral() + "(" + field + ")";
        }
        StringBuilder at = new StringBuilder(field).append('(');
        for (int d = 0; d < quantity.getPoint().size(); d++) {
            String coordinate = d < names.coordinates().size() ? names.coordinates().get(d) : "c" + (d + 1);
            at.append(d == 0 ? "" : " ").append(coordinate).append('=').append(CsvTable.format(quantity.getPoint()
                    .get(d)));
        }
        return at.append(')').toString();
    }

    /**
     * Reads the text of a reference's contents.
     *
     * @return the new contents (at most one for a single reference)
     * @throws IllegalArgumentException naming the part that is wrong and what is expected
     */
    public static List<EObject> parse(EReference reference, String text, Names names) {
        EClass type = reference.getEReferenceType();
        boolean semicolons = type == PACKAGE.getQuantity() || type == PACKAGE.getQuantityBound()
                || type == PACKAGE.getParameterPoint() || type == PACKAGE.getProperty();
        List<EObject> out = new ArrayList<>();
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            return out;
        }
        for (String part : trimmed.split(semicolons ? ";" : ",")) {
            String item = part.trim();
            if (item.isEmpty()) {
                continue;
            }
            out.add(parseOne(type, item, names));
        }
        if (!reference.isMany() && out.size() > 1) {
            throw new IllegalArgumentException("give one " + type.getName().toLowerCase() + ", not " + out.size());
        }
        return out;
    }

    private static EObject parseOne(EClass type, String item, Names names) {
        if (type == PACKAGE.getParameterAssignment()) {
            String[] nameValue = nameValue(item, "NAME=VALUE");
            ParameterAssignment assignment = FACTORY.createParameterAssignment();
            assignment.setName(nameValue[0]);
            assignment.setValue(number(nameValue[1], item));
            return assignment;
        } else if (type == PACKAGE.getGridAxis()) {
            String[] nameValue = nameValue(item, "COORDINATE=FROM:TO:COUNT or COORDINATE=COUNT");
            GridAxis axis = FACTORY.createGridAxis();
            axis.setCoordinate(nameValue[0]);
            String[] range = nameValue[1].split(":", -1);
            if (range.length == 3) {
                if (!range[0].isBlank()) {
                    axis.setFrom(number(range[0], item));
                }
                if (!range[1].isBlank()) {
                    axis.setTo(number(range[1], item));
                }
                axis.setCount(count(range[2], item));
            } else if (range.length == 1) {
                axis.setCount(count(range[0], item));
            } else {
                throw new IllegalArgumentException("'" + item + "' is not COORDINATE=FROM:TO:COUNT or COORDINATE=COUNT");
            }
            return axis;
        } else if (type == PACKAGE.getQuantity()) {
            return quantity(item, names);
        } else if (type == PACKAGE.getQuantityBound()) {
            requireNames(names);
            DerivedQuantity.Bounded bounded = DerivedQuantity.Bounded.parse(item, names.coordinates(), names.fields());
            QuantityBound bound = FACTORY.createQuantityBound();
            bound.setQuantity(quantity(bounded.quantity()));
            if (!Double.isNaN(bounded.lower())) {
                bound.setLower(bounded.lower());
            }
            if (!Double.isNaN(bounded.upper())) {
                bound.setUpper(bounded.upper());
            }
            return bound;
        } else if (type == PACKAGE.getParameterDistribution()) {
            String[] nameValue = nameValue(item, "NAME=DISTRIBUTION");
            ParameterDistribution distribution = FACTORY.createParameterDistribution();
            distribution.setName(nameValue[0]);
            distribution.setDistribution(nameValue[1]);
            return distribution;
        } else if (type == PACKAGE.getParameterPoint()) {
            ParameterPoint point = FACTORY.createParameterPoint();
            for (String assignment : item.split(",")) {
                if (!assignment.isBlank()) {
                    point.getValues().add((ParameterAssignment) parseOne(PACKAGE.getParameterAssignment(),
                            assignment.trim(), names));
                }
            }
            return point;
        } else if (type == PACKAGE.getProperty()) {
            int equals = item.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("'" + item + "' is not KEY=VALUE");
            }
            Property property = FACTORY.createProperty();
            property.setKey(item.substring(0, equals).trim());
            property.setValue(item.substring(equals + 1).trim());
            return property;
        }
        throw new IllegalArgumentException("no text form for " + type.getName());
    }

    private static void requireNames(Names names) {
        if (names.fields().isEmpty()) {
            throw new IllegalArgumentException("choose a study that can be read first: quantities name its fields"
                    + " and coordinates");
        }
    }

    /** A quantity, optionally followed by its column label in quotes: {@code maxAbs(u) "peak u"}. */
    private static Quantity quantity(String text, Names names) {
        requireNames(names);
        String label = null;
        String body = text.trim();
        if (body.endsWith("\"") && body.indexOf('"') < body.length() - 1) {
            int open = body.indexOf('"');
            label = body.substring(open + 1, body.length() - 1);
            body = body.substring(0, open).trim();
        }
        Quantity quantity = quantity(DerivedQuantity.parse(body, names.coordinates(), names.fields()));
        quantity.setLabel(label);
        return quantity;
    }

    private static Quantity quantity(DerivedQuantity derived) {
        Quantity quantity = FACTORY.createQuantity();
        quantity.setKind(QuantityKind.get(derived.kind().literal()));
        quantity.setField(derived.field());
        for (double value : derived.point()) {
            quantity.getPoint().add(value);
        }
        return quantity;
    }

    private static String[] nameValue(String item, String expected) {
        int equals = item.indexOf('=');
        if (equals < 1 || equals == item.length() - 1) {
            throw new IllegalArgumentException("'" + item + "' is not " + expected);
        }
        return new String[] {item.substring(0, equals).trim(), item.substring(equals + 1).trim()};
    }

    private static double number(String text, String item) {
        try {
            double value = Double.parseDouble(text.trim());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("'" + text.trim() + "' in '" + item + "' is not a finite number");
    }

    private static int count(String text, String item) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text.trim() + "' in '" + item + "' is not a whole number");
        }
    }
}
