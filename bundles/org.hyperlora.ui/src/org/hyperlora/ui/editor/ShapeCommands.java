package org.hyperlora.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.engine.geometry.Outline;
import org.hyperlora.model.BoundaryPart;
import org.hyperlora.model.Condition;
import org.hyperlora.model.CsgOperation;
import org.hyperlora.model.Disk;
import org.hyperlora.model.Ellipse;
import org.hyperlora.model.HyperloraFactory;
import org.hyperlora.model.HyperloraPackage.Literals;
import org.hyperlora.model.PdeFamily;
import org.hyperlora.model.Polygon;
import org.hyperlora.model.Rectangle;
import org.hyperlora.model.Shape;
import org.hyperlora.model.Vertex;

/**
 * The Domain page's edits of shapes as EMF commands, one per gesture (undoable as one): add a shape from the palette,
 * move a shape, drag one of its handles, change its operation, remove it. Dimensions that are expressions of the
 * parameters keep them: a move adds the offset ({@code R} becomes {@code R + 0.25}).
 */
final class ShapeCommands {

    /** The kinds the palette adds. */
    enum Kind {
        RECTANGLE("rectangle", "rect"), DISK("disk", "disk"), ELLIPSE("ellipse", "ellipse"), POLYGON("polygon", "poly");

        final String label;
        final String prefix;

        Kind(String label, String prefix) {
            this.label = label;
            this.prefix = prefix;
        }
    }

    /** Names the box's faces have, and the rectangle edge each becomes when the domain turns into shapes. */
    private static final Map<String, String> FACE_EDGES = Map.of("left", "left", "x_min", "left", "right", "right",
            "x_max", "right", "bottom", "bottom", "y_min", "bottom", "top", "top", "y_max", "top");

    private ShapeCommands() {
    }

    /**
     * Adds a shape of that kind as a hole ({@code difference}): in the middle of the box if it is the first, else in the
     * middle of its lower left quarter. On a domain that is still the
     * box, the box becomes a rectangle {@code box} first and each face a condition names becomes a part of that name
     * (so {@code left} keeps meaning the left edge): the conditions stay as they were.
     */
    static Command add(EditingDomain editing, PdeFamily family, Domain box, int xAxis, int yAxis, Kind kind) {
        CompoundCommand command = new CompoundCommand("Add " + kind.label);
        double x0 = box.lower(xAxis);
        double y0 = box.lower(yAxis);
        double w = box.sideLength(xAxis);
        double h = box.sideLength(yAxis);
        // the first shape in the middle; later ones in the lower left quarter, clear of a hole in the middle
        boolean first = family.getShapes().isEmpty();
        double cx = x0 + w / (first ? 2 : 4);
        double cy = y0 + h / (first ? 2 : 4);
        List<String> taken = new ArrayList<>();
        family.getShapes().forEach(s -> taken.add(s.getName()));
        family.getBoundaryParts().forEach(p -> taken.add(p.getName()));
        if (family.getShapes().isEmpty()) {
            Rectangle whole = HyperloraFactory.eINSTANCE.createRectangle();
            whole.setName(unique("box", taken));
            taken.add(whole.getName());
            whole.setXmin(number(x0));
            whole.setYmin(number(y0));
            whole.setXmax(number(box.upper(xAxis)));
            whole.setYmax(number(box.upper(yAxis)));
            command.append(AddCommand.create(editing, family, Literals.PDE_FAMILY__SHAPES, whole));
            for (Condition condition : family.getConditions()) {
                String face = condition.getBoundary();
                String edge = face == null ? null : FACE_EDGES.get(face);
                if (edge != null && !taken.contains(face)) {
                    BoundaryPart part = HyperloraFactory.eINSTANCE.createBoundaryPart();
                    part.setName(face);
                    part.getEdges().add(whole.getName() + "." + edge);
                    taken.add(face);
                    command.append(AddCommand.create(editing, family, Literals.PDE_FAMILY__BOUNDARY_PARTS, part));
                }
            }
        }
        Shape shape = switch (kind) {
        case RECTANGLE -> {
            Rectangle r = HyperloraFactory.eINSTANCE.createRectangle();
            r.setXmin(number(cx - w / 8));
            r.setYmin(number(cy - h / 8));
            r.setXmax(number(cx + w / 8));
            r.setYmax(number(cy + h / 8));
            yield r;
        }
        case DISK -> {
            Disk d = HyperloraFactory.eINSTANCE.createDisk();
            d.setCenterX(number(cx));
            d.setCenterY(number(cy));
            d.setRadius(number(Math.min(w, h) / 8));
            yield d;
        }
        case ELLIPSE -> {
            Ellipse e = HyperloraFactory.eINSTANCE.createEllipse();
            e.setCenterX(number(cx));
            e.setCenterY(number(cy));
            e.setRadiusX(number(w / 8));
            e.setRadiusY(number(h / 12));
            yield e;
        }
        case POLYGON -> {
            Polygon p = HyperloraFactory.eINSTANCE.createPolygon();
            double[][] corners = { { cx - w / 8, cy - h / 10 }, { cx + w / 8, cy - h / 10 }, { cx, cy + h / 8 } };
            for (double[] corner : corners) {
                Vertex vertex = HyperloraFactory.eINSTANCE.createVertex();
                vertex.setX(number(corner[0]));
                vertex.setY(number(corner[1]));
                p.getVertices().add(vertex);
            }
            yield p;
        }
        };
        shape.setName(unique(kind.prefix, taken));
        shape.setOperation(CsgOperation.DIFFERENCE);
        command.append(AddCommand.create(editing, family, Literals.PDE_FAMILY__SHAPES, shape));
        return command;
    }

    /** Moves a shape by (dx, dy): every position it has (a rectangle's edges, a centre, the vertices). */
    static Command move(EditingDomain editing, Shape shape, double dx, double dy) {
        CompoundCommand command = new CompoundCommand("Move " + shape.getName());
        if (shape instanceof Rectangle r) {
            shift(editing, command, r, Literals.RECTANGLE__XMIN, r.getXmin(), dx);
            shift(editing, command, r, Literals.RECTANGLE__XMAX, r.getXmax(), dx);
            shift(editing, command, r, Literals.RECTANGLE__YMIN, r.getYmin(), dy);
            shift(editing, command, r, Literals.RECTANGLE__YMAX, r.getYmax(), dy);
        } else if (shape instanceof Disk d) {
            shift(editing, command, d, Literals.DISK__CENTER_X, d.getCenterX(), dx);
            shift(editing, command, d, Literals.DISK__CENTER_Y, d.getCenterY(), dy);
        } else if (shape instanceof Ellipse e) {
            shift(editing, command, e, Literals.ELLIPSE__CENTER_X, e.getCenterX(), dx);
            shift(editing, command, e, Literals.ELLIPSE__CENTER_Y, e.getCenterY(), dy);
        } else if (shape instanceof Polygon p) {
            for (Vertex vertex : p.getVertices()) {
                shift(editing, command, vertex, Literals.VERTEX__X, vertex.getX(), dx);
                shift(editing, command, vertex, Literals.VERTEX__Y, vertex.getY(), dy);
            }
        }
        return command;
    }

    /**
     * The handles of a shape drawn at {@code outline} (its numbers at the shown parameter values), as plane points:
     * a rectangle's lower-left and upper-right corners, a disk's point on the positive x side, an ellipse's ends of
     * its two semi-axes, a polygon's vertices.
     */
    static List<double[]> handles(Shape shape, Outline outline) {
        List<double[]> handles = new ArrayList<>();
        double[] xs = outline.xs();
        double[] ys = outline.ys();
        if (shape instanceof Rectangle) {
            double[] b = outline.bounds();
            handles.add(new double[] { b[0], b[2] });
            handles.add(new double[] { b[1], b[3] });
        } else if (shape instanceof Disk) {
            handles.add(new double[] { xs[0] + xs[1], ys[0] });
        } else if (shape instanceof Ellipse) {
            handles.add(new double[] { xs[0] + xs[1], ys[0] });
            handles.add(new double[] { xs[0], ys[0] + ys[1] });
        } else {
            for (int v = 0; v < xs.length; v++) {
                handles.add(new double[] { xs[v], ys[v] });
            }
        }
        return handles;
    }

    /** Drags handle {@code index} (see {@link #handles}) by (dx, dy): resizes the shape, or moves one vertex. */
    static Command dragHandle(EditingDomain editing, Shape shape, int index, double dx, double dy) {
        CompoundCommand command = new CompoundCommand("Resize " + shape.getName());
        if (shape instanceof Rectangle r) {
            if (index == 0) {
                shift(editing, command, r, Literals.RECTANGLE__XMIN, r.getXmin(), dx);
                shift(editing, command, r, Literals.RECTANGLE__YMIN, r.getYmin(), dy);
            } else {
                shift(editing, command, r, Literals.RECTANGLE__XMAX, r.getXmax(), dx);
                shift(editing, command, r, Literals.RECTANGLE__YMAX, r.getYmax(), dy);
            }
        } else if (shape instanceof Disk d) {
            shift(editing, command, d, Literals.DISK__RADIUS, d.getRadius(), dx);
        } else if (shape instanceof Ellipse e) {
            if (index == 0) {
                shift(editing, command, e, Literals.ELLIPSE__RADIUS_X, e.getRadiusX(), dx);
            } else {
                shift(editing, command, e, Literals.ELLIPSE__RADIUS_Y, e.getRadiusY(), dy);
            }
        } else if (shape instanceof Polygon p && index < p.getVertices().size()) {
            Vertex vertex = p.getVertices().get(index);
            shift(editing, command, vertex, Literals.VERTEX__X, vertex.getX(), dx);
            shift(editing, command, vertex, Literals.VERTEX__Y, vertex.getY(), dy);
        }
        return command;
    }

    static Command operation(EditingDomain editing, Shape shape, CsgOperation operation) {
        return SetCommand.create(editing, shape, Literals.SHAPE__OPERATION, operation);
    }

    static Command remove(EditingDomain editing, PdeFamily family, Shape shape) {
        return RemoveCommand.create(editing, family, Literals.PDE_FAMILY__SHAPES, shape);
    }

    private static void shift(EditingDomain editing, CompoundCommand command, EObject owner, EAttribute attribute,
            String text, double delta) {
        double rounded = Math.round(delta * 1000) / 1000.0;
        if (rounded == 0) {
            return;
        }
        command.append(SetCommand.create(editing, owner, attribute, shifted(text, rounded)));
    }

    /** A number plus delta as a number; an expression plus delta as {@code expression + delta}. */
    static String shifted(String text, double delta) {
        String trimmed = text == null ? "0" : text.strip();
        try {
            return number(Double.parseDouble(trimmed) + delta);
        } catch (NumberFormatException e) {
            return trimmed + (delta < 0 ? " - " + number(-delta) : " + " + number(delta));
        }
    }

    /** A value rounded to 1e-6 and written without trailing zeros ({@code 0.25}, {@code -2}). */
    static String number(double value) {
        double rounded = Math.round(value * 1e6) / 1e6;
        if (rounded == Math.rint(rounded) && Math.abs(rounded) < 1e15) {
            return Long.toString((long) rounded);
        }
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.6f", rounded)).stripTrailingZeros()
                .toPlainString();
    }

    private static String unique(String prefix, List<String> taken) {
        if (!taken.contains(prefix) && !prefix.equals("rect") && !prefix.equals("poly") && !prefix.equals("disk")
                && !prefix.equals("ellipse")) {
            return prefix;
        }
        for (int k = 1;; k++) {
            if (!taken.contains(prefix + k)) {
                return prefix + k;
            }
        }
    }
}
