package org.hyperlora.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.hyperlora.engine.geometry.BoundaryFace;
import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.model.Condition;
import org.hyperlora.model.ConditionKind;
import org.hyperlora.model.Field;
import org.hyperlora.model.HyperloraFactory;
import org.hyperlora.model.HyperloraPackage.Literals;
import org.hyperlora.model.PdeFamily;
import org.hyperlora.model.mapping.StudyMapping;

/**
 * The domain drawn to scale (an interval, a rectangle, or a space-time box with time upwards), each boundary face a
 * coloured segment labelled with its conditions, and the sampled collocation points. Clicking a face selects it; the
 * panel below edits its condition (one command: undoable).
 */
public class DomainPage extends FormPage {

    public static final String ID = "org.hyperlora.ui.domain";
    /** Room for the labels: beside vertical faces, above and below horizontal ones. */
    private static final int SIDE_MARGIN = 150;
    private static final int MARGIN = 70;
    private static final int HIT = 7;

    private final StudyEditor editor;
    Canvas canvas;
    private Domain domain;
    private double[] collocation = new double[0];
    BoundaryFace selected;
    private Label selectedLabel;
    private Combo kind;
    private Combo field;
    Text expression;
    private Button apply;

    public DomainPage(StudyEditor editor) {
        super(editor, ID, "Domain && Conditions");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        managedForm.getForm().setText("Domain and conditions");
        Composite body = managedForm.getForm().getBody();
        body.setLayout(new GridLayout(1, false));
        canvas = new Canvas(body, SWT.BORDER | SWT.DOUBLE_BUFFERED);
        GridData canvasLayout = new GridData(SWT.FILL, SWT.FILL, true, true);
        canvasLayout.heightHint = 380;
        canvas.setLayoutData(canvasLayout);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc, canvas.getClientArea()));
        canvas.addListener(SWT.MouseDown, e -> select(faceAt(e.x, e.y)));

        Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
        section.setText("Condition on the selected face");
        section.setDescription("Click a face of the domain; the condition is applied as one undoable change.");
        section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite panel = toolkit.createComposite(section);
        panel.setLayout(new GridLayout(4, false));
        section.setClient(panel);
        selectedLabel = toolkit.createLabel(panel, "No face selected.");
        selectedLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        toolkit.createLabel(panel, "Kind:");
        kind = new Combo(panel, SWT.READ_ONLY);
        for (ConditionKind value : ConditionKind.VALUES) {
            if (value != ConditionKind.PERIODIC) {
                kind.add(value.getLiteral());
            }
        }
        toolkit.createLabel(panel, "Field:");
        field = new Combo(panel, SWT.READ_ONLY);
        toolkit.createLabel(panel, "Value:");
        expression = toolkit.createText(panel, "", SWT.BORDER);
        expression.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        apply = toolkit.createButton(panel, "Apply", SWT.PUSH);
        apply.addListener(SWT.Selection, e -> applyCondition());
        enablePanel(false);
        editor.onModelChange(this::refresh);
        refresh();
    }

    /** Re-reads the domain and the sampled points (both from the engine, as training will see them). */
    void refresh() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        try {
            var engine = StudyMapping.toEngine(editor.study());
            domain = engine.problem().domain();
            collocation = engine.problem().collocationPoints();
        } catch (Exception e) {
            domain = null; // an invalid study: the Overview lists why; nothing to draw to scale
            collocation = new double[0];
        }
        field.removeAll();
        for (Field f : editor.study().getFamily().getFields()) {
            field.add(f.getName());
        }
        if (selected != null) {
            select(selected);
        }
        canvas.redraw();
    }

    /** Where a face lies on the canvas: its two end points (time upwards; one coordinate: a horizontal line). */
    private Point[] segment(BoundaryFace face, Rectangle area) {
        int left = area.x + SIDE_MARGIN;
        int right = area.x + area.width - SIDE_MARGIN;
        int top = area.y + MARGIN / 2;
        int bottom = area.y + area.height - MARGIN;
        if (domain.dimension() == 1) {
            int x = face.side() == BoundaryFace.Side.MIN ? left : right;
            int middle = (top + bottom) / 2;
            return new Point[] {new Point(x, middle - 20), new Point(x, middle + 20)};
        }
        boolean horizontalAxis = face.axis() == 0;
        if (horizontalAxis) {
            int x = face.side() == BoundaryFace.Side.MIN ? left : right;
            return new Point[] {new Point(x, top), new Point(x, bottom)};
        }
        int y = face.side() == BoundaryFace.Side.MIN ? bottom : top;
        return new Point[] {new Point(left, y), new Point(right, y)};
    }

    /** The face within a few pixels of (x, y), or null. */
    BoundaryFace faceAt(int x, int y) {
        if (domain == null) {
            return null;
        }
        Rectangle area = canvas.getClientArea();
        for (BoundaryFace face : drawnFaces()) {
            Point[] ends = segment(face, area);
            if (distance(x, y, ends[0], ends[1]) <= HIT) {
                return face;
            }
        }
        return null;
    }

    /** The middle of a face's segment on the canvas. */
    Point centreOf(BoundaryFace face) {
        Point[] ends = segment(face, canvas.getClientArea());
        return new Point((ends[0].x + ends[1].x) / 2, (ends[0].y + ends[1].y) / 2);
    }

    /** The faces drawn: of the first two coordinates (more are projected). */
    List<BoundaryFace> drawnFaces() {
        List<BoundaryFace> faces = new ArrayList<>();
        if (domain != null) {
            for (BoundaryFace face : domain.faces()) {
                if (face.axis() < 2) {
                    faces.add(face);
                }
            }
        }
        return faces;
    }

    private static double distance(int x, int y, Point a, Point b) {
        double dx = b.x - a.x;
        double dy = b.y - a.y;
        double t = Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / Math.max(1e-9, dx * dx + dy * dy)));
        return Math.hypot(x - (a.x + t * dx), y - (a.y + t * dy));
    }

    private void paint(GC gc, Rectangle area) {
        gc.setAntialias(SWT.ON);
        if (domain == null) {
            gc.drawText("The study has errors (see the Overview): the domain cannot be drawn.", 10, 10, true);
            return;
        }
        int left = area.x + SIDE_MARGIN;
        int right = area.x + area.width - SIDE_MARGIN;
        int top = area.y + MARGIN / 2;
        int bottom = area.y + area.height - MARGIN;
        int dimension = domain.dimension();
        // the sampled collocation points, to scale
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY));
        for (int i = 0; i + dimension <= collocation.length; i += dimension) {
            double u = (collocation[i] - domain.lower(0)) / domain.sideLength(0);
            double v = dimension == 1 ? 0.5 : (collocation[i + 1] - domain.lower(1)) / domain.sideLength(1);
            int px = (int) Math.round(left + u * (right - left));
            int py = (int) Math.round(bottom - v * (bottom - top));
            gc.fillOval(px - 1, py - 1, 3, 3);
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        if (dimension == 1) {
            gc.drawLine(left, (top + bottom) / 2, right, (top + bottom) / 2);
        }
        gc.drawText(axisLabel(0) + " \u2192", (left + right) / 2 - gc.textExtent(axisLabel(0)).x / 2, bottom + 28, true);
        if (dimension > 1) {
            gc.drawText("\u2191 " + axisLabel(1), area.x + 4, area.y + 4, true);
        }
        if (dimension > 2) {
            gc.drawText("(" + (dimension - 2) + " more coordinate(s) projected)", left, area.y + 4, true);
        }
        if (dimension > 1 && domain.timeAxis() == 1) {
            // the final time is no boundary: the solution is not prescribed there
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY));
            gc.setLineStyle(SWT.LINE_DOT);
            gc.drawLine(left, top, right, top);
            gc.setLineStyle(SWT.LINE_SOLID);
            gc.drawText(domain.coordinateNames().get(1) + " = " + domain.upper(1) + ": final time (free)",
                    (left + right) / 2 - 80, top - 18, true);
        }
        for (BoundaryFace face : drawnFaces()) {
            Point[] ends = segment(face, area);
            List<Condition> conditions = conditionsOn(face);
            Color color = canvas.getDisplay().getSystemColor(conditions.isEmpty() ? SWT.COLOR_RED
                    : colorOf(conditions.get(0).getKind()));
            gc.setForeground(color);
            gc.setLineWidth(face.equals(selected) ? 6 : 3);
            gc.setLineStyle(conditions.isEmpty() ? SWT.LINE_DASH : SWT.LINE_SOLID);
            gc.drawLine(ends[0].x, ends[0].y, ends[1].x, ends[1].y);
            gc.setLineStyle(SWT.LINE_SOLID);
            gc.setLineWidth(1);
            String text = face.name() + ": " + describe(conditions);
            Point size = gc.textExtent(text);
            int tx = (ends[0].x + ends[1].x) / 2 - size.x / 2;
            int ty = (ends[0].y + ends[1].y) / 2 - size.y / 2;
            if (ends[0].x == ends[1].x) {
                // beside a vertical face: to its left on the left side, to its right on the right side
                tx = ends[0].x < (left + right) / 2 ? Math.max(2, ends[0].x - size.x - 8) : ends[0].x + 8;
            } else {
                ty = ends[0].y < (top + bottom) / 2 ? ends[0].y - size.y - 4 : ends[0].y + 6;
            }
            gc.drawText(text, tx, ty, true);
        }
    }

    private String axisLabel(int axis) {
        return domain.coordinateNames().get(axis) + " in [" + domain.lower(axis) + ", " + domain.upper(axis) + "]"
                + (domain.timeAxis() == axis ? " (time)" : "");
    }

    private static int colorOf(ConditionKind kind) {
        return switch (kind) {
        case DIRICHLET -> SWT.COLOR_BLUE;
        case NEUMANN -> SWT.COLOR_DARK_GREEN;
        case PERIODIC -> SWT.COLOR_DARK_MAGENTA;
        case INITIAL -> SWT.COLOR_DARK_YELLOW;
        };
    }

    private static String describe(List<Condition> conditions) {
        if (conditions.isEmpty()) {
            return "no condition";
        }
        StringBuilder text = new StringBuilder();
        for (Condition condition : conditions) {
            String name = condition.getField() == null ? "?" : condition.getField().getName();
            text.append(text.length() == 0 ? "" : "; ").append(switch (condition.getKind()) {
            case PERIODIC -> name + " periodic";
            case NEUMANN -> "d" + name + "/dn = " + condition.getExpression();
            default -> name + " = " + condition.getExpression();
            });
        }
        return text.toString();
    }

    /** The conditions whose boundary part includes the face. */
    public List<Condition> conditionsOn(BoundaryFace face) {
        List<Condition> found = new ArrayList<>();
        for (Condition condition : editor.study().getFamily().getConditions()) {
            try {
                boolean on = switch (condition.getKind()) {
                case INITIAL -> face.isInitial();
                case PERIODIC -> domain.periodicPair(condition.getBoundary()).axis() == face.axis();
                default -> domain.boundaryPart(condition.getBoundary()).faces().contains(face);
                };
                if (on) {
                    found.add(condition);
                }
            } catch (IllegalArgumentException e) {
                // a condition on an unknown part: the validator reports it
            }
        }
        return found;
    }

    /** Selects a face (null: none) and shows its first condition in the panel. */
    public void select(BoundaryFace face) {
        selected = face;
        if (face == null) {
            selectedLabel.setText("No face selected.");
            enablePanel(false);
        } else {
            List<Condition> conditions = conditionsOn(face);
            selectedLabel.setText("Face " + String.join(" / ", face.names()) + ": " + describe(conditions));
            Condition first = conditions.isEmpty() ? null : conditions.get(0);
            boolean periodic = first != null && first.getKind() == ConditionKind.PERIODIC;
            kind.setText(first == null || periodic ? (face.isInitial() ? "initial" : "dirichlet")
                    : first.getKind().getLiteral());
            field.setText(first == null || first.getField() == null ? (field.getItemCount() > 0 ? field.getItem(0) : "")
                    : first.getField().getName());
            expression.setText(first == null || first.getExpression() == null ? "" : first.getExpression());
            enablePanel(!periodic);
        }
        selectedLabel.getParent().layout();
        canvas.redraw();
    }

    private void enablePanel(boolean enabled) {
        kind.setEnabled(enabled);
        field.setEnabled(enabled);
        expression.setEnabled(enabled);
        apply.setEnabled(enabled);
    }

    /**
     * Applies the panel: changes the face's condition for that field if it has one that covers only this face,
     * else adds a condition on the face. One command.
     */
    void applyCondition() {
        if (selected == null) {
            return;
        }
        PdeFamily family = editor.study().getFamily();
        Field target = family.getFields().stream().filter(f -> f.getName().equals(field.getText())).findFirst()
                .orElse(null);
        if (target == null) {
            return;
        }
        ConditionKind newKind = ConditionKind.get(kind.getText());
        String boundary = selected.isInitial() ? null : selected.name();
        Condition existing = conditionsOn(selected).stream().filter(c -> c.getField() == target
                && c.getKind() != ConditionKind.PERIODIC && coversOnly(c)).findFirst().orElse(null);
        CompoundCommand command = new CompoundCommand("Set condition on " + selected.name());
        var domainForCommands = editor.getEditingDomain();
        if (existing != null) {
            command.append(SetCommand.create(domainForCommands, existing, Literals.CONDITION__KIND, newKind));
            command.append(SetCommand.create(domainForCommands, existing, Literals.CONDITION__EXPRESSION,
                    expression.getText()));
        } else {
            Condition condition = HyperloraFactory.eINSTANCE.createCondition();
            condition.setKind(newKind);
            condition.setField(target);
            condition.setBoundary(boundary);
            condition.setExpression(expression.getText());
            command.append(AddCommand.create(domainForCommands, family, Literals.PDE_FAMILY__CONDITIONS, condition));
        }
        if (command.canExecute()) {
            domainForCommands.getCommandStack().execute(command);
        }
    }

    private boolean coversOnly(Condition condition) {
        if (condition.getKind() == ConditionKind.INITIAL) {
            return selected.isInitial();
        }
        try {
            return domain.boundaryPart(condition.getBoundary()).faces().equals(List.of(selected));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
