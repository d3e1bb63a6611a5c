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
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.hyperlora.engine.geometry.BoundaryFace;
import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.engine.geometry.ShapedDomain;
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
 * panel below edits its condition (one command: undoable). A domain made of shapes is drawn with one scale for both
 * axes, each shape's boundary pieces coloured by their conditions, at the parameter values of the slider (the
 * parameter chosen beside it) when the shape depends on them; clicking a piece selects its shape's part.
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
    double[] collocation = new double[0];
    BoundaryFace selected;
    Label selectedLabel;
    private Combo kind;
    private Combo field;
    Text expression;
    private Button apply;
    /** The domain's shapes, when it is made of shapes (then drawn to scale at {@link #shapeValues}), else null. */
    ShapedDomain shape;
    /** The parameter values the shaped domain is drawn at (the slider moves the chosen one). */
    double[] shapeValues;
    private double[] parameterLower;
    private double[] parameterUpper;
    private List<ShapedDomain.Trace> traces = List.of();
    /** A domain of solids: its boundary faces as point patches, drawn in an oblique view (empty for plane domains). */
    private List<ShapedDomain.Patch> patches = List.of();
    /** Whether the outward normals at sampled boundary points are drawn (a check box beside the slider). */
    Button showNormals;
    /** Boundary points and their outward normals, flat over all coordinates, as training samples them. */
    private ShapedDomain.PartPoints normals;
    /** The selected part of a shaped domain (a shape's name), or null. */
    String selectedPart;
    private Composite sliderRow;
    Scale slider;
    private Label sliderLabel;
    /** Which parameter the slider moves (several: the combo before it chooses). */
    Combo sliderParameter;
    /** Whether the study does not map as a whole (then a domain of shapes is drawn from its shapes alone). */
    private boolean invalidStudy;
    /** The outlines at {@link #shapeValues}, in the family's shape order (empty when degenerate there). */
    private List<org.hyperlora.engine.geometry.Outline> outlines = List.of();
    /** The shape selected for editing (moved by dragging, resized by its handles), or null. */
    org.hyperlora.model.Shape selectedShape;
    private Composite shapeBar;
    private Label shapeLabel;
    Combo operationChoice;
    private Button removeShape;
    /** A drag in progress: the handle index (-1: the whole shape) and where it started and is now, in pixels. */
    private int dragHandle = -2;
    private Point dragFrom;
    private Point dragTo;
    /** Pixels per unit and the origin of the shaped drawing, set by the last paint. */
    private double scale;
    private double originX;
    private double originY;

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
        canvas.addListener(SWT.MouseDown, e -> {
            if (shape != null && shape.spatialDimension() == 3) {
                selectPart(patchAt(e.x, e.y));
            } else if (shape != null) {
                pressShape(e.x, e.y);
            } else {
                select(faceAt(e.x, e.y));
            }
        });
        canvas.addListener(SWT.MouseMove, e -> {
            if (dragFrom != null) {
                dragTo = new Point(e.x, e.y);
                canvas.redraw();
            }
        });
        canvas.addListener(SWT.MouseUp, e -> release(e.x, e.y));
        shapeBar = toolkit.createComposite(body);
        shapeBar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        shapeBar.setLayout(new GridLayout(9, false));
        toolkit.createLabel(shapeBar, "Add:");
        for (ShapeCommands.Kind kindToAdd : ShapeCommands.Kind.values()) {
            Button add = toolkit.createButton(shapeBar, kindToAdd.label, SWT.PUSH);
            add.setData("kind", kindToAdd);
            add.addListener(SWT.Selection, e -> addShape(kindToAdd));
        }
        shapeLabel = toolkit.createLabel(shapeBar, "No shape selected.");
        shapeLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        operationChoice = new Combo(shapeBar, SWT.READ_ONLY);
        for (org.hyperlora.model.CsgOperation operation : org.hyperlora.model.CsgOperation.VALUES) {
            operationChoice.add(operation.getLiteral());
        }
        operationChoice.setToolTipText("How the selected shape joins the shapes before it");
        operationChoice.addListener(SWT.Selection, e -> changeOperation());
        removeShape = toolkit.createButton(shapeBar, "Remove", SWT.PUSH);
        removeShape.addListener(SWT.Selection, e -> removeSelectedShape());
        showNormals = toolkit.createButton(body, "Show the outward normals at sampled boundary points", SWT.CHECK);
        showNormals.setToolTipText("The direction Neumann and Robin conditions differentiate along: out of the domain,"
                + " so into a hole");
        showNormals.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        showNormals.addListener(SWT.Selection, e -> canvas.redraw());
        sliderRow = toolkit.createComposite(body);
        sliderRow.setLayout(new GridLayout(3, false));
        sliderRow.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        sliderParameter = new Combo(sliderRow, SWT.READ_ONLY);
        sliderParameter.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        sliderParameter.setToolTipText("The parameter the slider moves; the others stay where they are");
        sliderParameter.addListener(SWT.Selection, e -> refresh());
        sliderLabel = toolkit.createLabel(sliderRow, "");
        sliderLabel.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        ((GridData) sliderLabel.getLayoutData()).widthHint = 260;
        slider = new Scale(sliderRow, SWT.HORIZONTAL);
        slider.setMinimum(0);
        slider.setMaximum(1000);
        slider.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        slider.addListener(SWT.Selection, e -> moveSlider(slider.getSelection() / 1000.0));

        Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
        section.setText("Condition on the selected boundary part");
        section.setDescription("Click a face or boundary piece of the domain; the condition is applied as one undoable"
                + " change.");
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
            invalidStudy = false;
            domain = engine.problem().domain();
            ShapedDomain newShape = engine.problem().shape().orElse(null);
            if (newShape != null && (shape == null || shapeValues == null
                    || shapeValues.length != engine.referenceValue().length)) {
                shapeValues = engine.referenceValue();
            }
            shape = newShape;
            parameterLower = engine.range().lower();
            parameterUpper = engine.range().upper();
            if (shape == null) {
                collocation = engine.problem().collocationPoints();
            } else {
                showShapeAt(engine.problem());
            }
        } catch (Exception e) {
            // an invalid study (the Overview lists why): a domain of shapes is still drawn, from its shapes alone, so
            // that editing can go on through states the validator refuses
            drawShapesOfInvalidStudy();
        }
        boolean plane = domain != null && domain.dimension() - (domain.timeAxis() >= 0 ? 1 : 0) == 2;
        shapeBar.setVisible(plane);
        ((GridData) shapeBar.getLayoutData()).exclude = !plane;
        if (selectedShape != null && !editor.study().getFamily().getShapes().contains(selectedShape)) {
            selectedShape = null;
        }
        showSelectedShape();
        showNormals.setVisible(shape != null);
        ((GridData) showNormals.getLayoutData()).exclude = shape == null;
        boolean sliding = shape != null && shape.dependsOnParameters();
        sliderRow.setVisible(sliding);
        ((GridData) sliderRow.getLayoutData()).exclude = !sliding;
        if (sliding) {
            List<String> names = editor.study().getFamily().getParameters().stream().map(p -> p.getName()).toList();
            if (!List.of(sliderParameter.getItems()).equals(names)) {
                int kept = Math.max(0, Math.min(names.size() - 1, sliderParameter.getSelectionIndex()));
                sliderParameter.setItems(names.toArray(String[]::new));
                sliderParameter.select(kept);
            }
            sliderParameter.setVisible(names.size() > 1);
            ((GridData) sliderParameter.getLayoutData()).exclude = names.size() <= 1;
            int k = sliderIndex();
            StringBuilder at = new StringBuilder();
            for (int p = 0; p < names.size() && p < shapeValues.length; p++) {
                at.append(p == 0 ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%s = %.4g", names.get(p),
                        shapeValues[p]));
            }
            sliderLabel.setText("Shape at " + at + " (drag to move " + names.get(k) + ")");
            double unit = (shapeValues[k] - parameterLower[k]) / (parameterUpper[k] - parameterLower[k]);
            slider.setSelection((int) Math.round(1000 * Math.max(0, Math.min(1, unit))));
        }
        sliderRow.getParent().layout(true, true);
        field.removeAll();
        for (Field f : editor.study().getFamily().getFields()) {
            field.add(f.getName());
        }
        if (shape != null) {
            selectPart(selectedPart != null && shape.hasPart(selectedPart) ? selectedPart : null);
        } else if (selected != null) {
            select(selected);
        }
        canvas.redraw();
    }

    /** The box and the shapes of a study that does not map as a whole; nothing when they do not either. */
    private void drawShapesOfInvalidStudy() {
        PdeFamily family = editor.study().getFamily();
        invalidStudy = true;
        try {
            domain = StudyMapping.domain(family);
            ShapedDomain newShape = StudyMapping.shape(family);
            var range = StudyMapping.rangeOf(family.getParameters());
            if (newShape != null && (shapeValues == null || shapeValues.length != range.dimension())) {
                shapeValues = StudyMapping.referenceValue(family.getParameters());
            }
            shape = newShape;
            parameterLower = range.lower();
            parameterUpper = range.upper();
            collocation = new double[0];
            if (shape != null) {
                try {
                    ShapedDomain.Region region = shape.at(shapeValues);
                    outline(region);
                    collocation = region.interior(1000, org.hyperlora.engine.sampling.SamplerKind.SOBOL.create(), 1);
                } catch (IllegalArgumentException degenerate) {
                    traces = List.of();
                    outlines = List.of();
                    patches = List.of();
                    normals = null;
                }
            }
        } catch (RuntimeException unmappable) {
            domain = null;
            shape = null;
            collocation = new double[0];
        }
    }

    /** Samples the shaped domain's points and boundary at {@link #shapeValues}, as training sees them there. */
    private void showShapeAt(org.hyperlora.engine.train.PinnProblem problem) {
        try {
            collocation = problem.collocationPoints(shapeValues);
            outline(shape.at(shapeValues));
        } catch (IllegalArgumentException e) {
            collocation = new double[0]; // degenerate at this value: the validator names it
            traces = List.of();
            outlines = List.of();
            patches = List.of();
            normals = null;
        }
    }

    /** The boundary to draw: traces and outlines of a plane domain, face patches of solids; normals at some points. */
    private void outline(ShapedDomain.Region region) {
        try {
            normals = region.boundary(Domain.BOUNDARY, NORMAL_SAMPLES,
                    org.hyperlora.engine.sampling.SamplerKind.SOBOL.create(), 1);
        } catch (IllegalArgumentException nowhere) {
            normals = null;
        }
        if (shape.spatialDimension() == 3) {
            traces = List.of();
            outlines = List.of();
            patches = region.patches(SOLID_SAMPLES);
        } else {
            traces = region.traces(400);
            outlines = region.outlines();
            patches = List.of();
        }
    }

    /** The palette: adds a shape (as a hole) in one command; the new shape is selected. */
    void addShape(ShapeCommands.Kind kindToAdd) {
        if (domain == null) {
            return;
        }
        PdeFamily family = editor.study().getFamily();
        int[] axes = planeAxes();
        var command = ShapeCommands.add(editor.getEditingDomain(), family, domain, axes[0], axes[1], kindToAdd);
        if (command.canExecute()) {
            editor.getEditingDomain().getCommandStack().execute(command);
            selectedShape = family.getShapes().get(family.getShapes().size() - 1);
            showSelectedShape();
            canvas.redraw();
        }
    }

    /** The two space coordinates' indices. */
    private int[] planeAxes() {
        int[] axes = new int[2];
        int next = 0;
        for (int axis = 0; axis < domain.dimension() && next < 2; axis++) {
            if (domain.isSpatial(axis)) {
                axes[next++] = axis;
            }
        }
        return axes;
    }

    private void changeOperation() {
        if (selectedShape == null || operationChoice.getSelectionIndex() < 0) {
            return;
        }
        var operation = org.hyperlora.model.CsgOperation.get(operationChoice.getText());
        if (operation != selectedShape.getOperation()) {
            editor.getEditingDomain().getCommandStack().execute(
                    ShapeCommands.operation(editor.getEditingDomain(), selectedShape, operation));
        }
    }

    void removeSelectedShape() {
        if (selectedShape == null) {
            return;
        }
        var command = ShapeCommands.remove(editor.getEditingDomain(), editor.study().getFamily(), selectedShape);
        selectedShape = null;
        if (command.canExecute()) {
            editor.getEditingDomain().getCommandStack().execute(command);
        }
        showSelectedShape();
    }

    /** Shows the selected shape in the bar (its kind, name and operation) and enables what applies. */
    private void showSelectedShape() {
        if (shapeLabel == null || shapeLabel.isDisposed()) {
            return;
        }
        boolean any = selectedShape != null;
        shapeLabel.setText(any ? "Selected: " + selectedShape.eClass().getName().toLowerCase(java.util.Locale.ROOT)
                + " " + selectedShape.getName() + " (drag to move, squares to resize)" : "No shape selected.");
        operationChoice.setEnabled(any && editor.study().getFamily().getShapes().indexOf(selectedShape) > 0);
        removeShape.setEnabled(any);
        if (any) {
            operationChoice.setText(selectedShape.getOperation().getLiteral());
        }
        shapeBar.layout();
    }

    /** The outline drawn for a model shape, or null (degenerate at the shown values). */
    private org.hyperlora.engine.geometry.Outline outlineOf(org.hyperlora.model.Shape modelShape) {
        int index = editor.study().getFamily().getShapes().indexOf(modelShape);
        return index >= 0 && index < outlines.size() ? outlines.get(index) : null;
    }

    /** The selected shape's handles on the canvas. */
    List<Point> handlePoints() {
        List<Point> points = new ArrayList<>();
        var outline = selectedShape == null ? null : outlineOf(selectedShape);
        if (outline != null) {
            for (double[] handle : ShapeCommands.handles(selectedShape, outline)) {
                points.add(toCanvas(handle[0], handle[1]));
            }
        }
        return points;
    }

    /**
     * A press on a shaped domain: on a handle of the selected shape it starts a resize; on a boundary piece it selects
     * that part (for its condition) and its shape; inside a shape it selects the topmost one there; either starts a
     * move.
     */
    void pressShape(int x, int y) {
        List<Point> handles = handlePoints();
        for (int h = 0; h < handles.size(); h++) {
            if (Math.abs(handles.get(h).x - x) <= HIT && Math.abs(handles.get(h).y - y) <= HIT) {
                dragHandle = h;
                dragFrom = new Point(x, y);
                dragTo = dragFrom;
                return;
            }
        }
        String part = partAt(x, y);
        selectPart(part);
        org.hyperlora.model.Shape hit = null;
        List<org.hyperlora.model.Shape> shapes = editor.study().getFamily().getShapes();
        if (part != null) {
            hit = shapes.stream().filter(s -> part.equals(s.getName())).findFirst().orElse(null);
        } else {
            double px = (x - originX) / scale;
            double py = (originY - y) / scale;
            for (int k = Math.min(shapes.size(), outlines.size()) - 1; k >= 0 && hit == null; k--) {
                if (outlines.get(k).contains(px, py)) {
                    hit = shapes.get(k);
                }
            }
        }
        selectedShape = hit;
        showSelectedShape();
        if (hit != null) {
            dragHandle = -1;
            dragFrom = new Point(x, y);
            dragTo = dragFrom;
        }
        canvas.redraw();
    }

    /** Ends a drag: a move or resize of more than a few pixels becomes one command. */
    void release(int x, int y) {
        if (dragFrom == null) {
            return;
        }
        Point from = dragFrom;
        int handle = dragHandle;
        dragFrom = null;
        dragTo = null;
        dragHandle = -2;
        if (selectedShape == null || Math.abs(x - from.x) + Math.abs(y - from.y) < 3) {
            canvas.redraw();
            return;
        }
        double dx = (x - from.x) / scale;
        double dy = -(y - from.y) / scale;
        var command = handle < 0 ? ShapeCommands.move(editor.getEditingDomain(), selectedShape, dx, dy)
                : ShapeCommands.dragHandle(editor.getEditingDomain(), selectedShape, handle, dx, dy);
        if (command.canExecute()) {
            editor.getEditingDomain().getCommandStack().execute(command);
        }
        canvas.redraw();
    }

    /** Moves the chosen parameter to a fraction of its range and redraws. */
    void moveSlider(double fraction) {
        if (shape == null) {
            return;
        }
        int k = sliderIndex();
        shapeValues = shapeValues.clone();
        shapeValues[k] = parameterLower[k] + fraction * (parameterUpper[k] - parameterLower[k]);
        refresh();
    }

    private int sliderIndex() {
        int index = sliderParameter.getSelectionIndex();
        return index < 0 || index >= shapeValues.length ? 0 : index;
    }

    /** The shape part whose boundary passes within a few pixels of (x, y), or null. */
    String partAt(int x, int y) {
        double best = HIT;
        String found = null;
        for (ShapedDomain.Trace trace : traces) {
            double[] xy = trace.xy();
            for (int i = 0; i + 3 < xy.length; i += 2) {
                double d = distance(x, y, toCanvas(xy[i], xy[i + 1]), toCanvas(xy[i + 2], xy[i + 3]));
                if (d <= best) {
                    best = d;
                    found = trace.shape();
                }
            }
        }
        return found;
    }

    /** The canvas point of a plane point, at the last paint's scale. */
    Point toCanvas(double x, double y) {
        return new Point((int) Math.round(originX + scale * x), (int) Math.round(originY - scale * y));
    }

    /** The middle of a shape's longest boundary piece on the canvas, or null when it is nowhere on the boundary. */
    Point centreOfPart(String part) {
        ShapedDomain.Trace longest = null;
        for (ShapedDomain.Trace trace : traces) {
            if (trace.shape().equals(part) && (longest == null || trace.xy().length > longest.xy().length)) {
                longest = trace;
            }
        }
        if (longest == null) {
            return null;
        }
        int middle = longest.xy().length / 4 * 2;
        return toCanvas(longest.xy()[middle], longest.xy()[middle + 1]);
    }

    /** The highest point of a part's boundary pieces on the canvas (the middle of a horizontal top edge). */
    private Point topOfPart(String part) {
        double bestY = Double.NEGATIVE_INFINITY;
        double sumX = 0;
        int count = 0;
        for (ShapedDomain.Trace trace : traces) {
            if (!trace.shape().equals(part)) {
                continue;
            }
            double[] xy = trace.xy();
            for (int i = 0; i < xy.length; i += 2) {
                if (xy[i + 1] > bestY + 1e-9) {
                    bestY = xy[i + 1];
                    sumX = xy[i];
                    count = 1;
                } else if (Math.abs(xy[i + 1] - bestY) <= 1e-9) {
                    sumX += xy[i];
                    count++;
                }
            }
        }
        return toCanvas(sumX / Math.max(1, count), bestY);
    }

    /** The conditions on a part of a shaped domain that cover an edge ({@code box.left}). */
    List<Condition> conditionsOnEdge(String edge) {
        List<Condition> found = new ArrayList<>();
        for (Condition condition : editor.study().getFamily().getConditions()) {
            if (condition.getKind() == ConditionKind.INITIAL || condition.getKind() == ConditionKind.PERIODIC) {
                continue;
            }
            try {
                if (shape.edgesOf(condition.getBoundary()).contains(edge)) {
                    found.add(condition);
                }
            } catch (IllegalArgumentException e) {
                // an unknown part: the validator reports it
            }
        }
        return found;
    }

    private void paintShape(GC gc, Rectangle area) {
        int margin = 40;
        double width = domain.sideLength(shape.xAxis());
        double height = domain.sideLength(shape.yAxis());
        // one scale for both axes: a disk is drawn round
        scale = Math.min((area.width - 2.0 * margin - 2 * SIDE_MARGIN / 2.0) / width,
                (area.height - 2.0 * margin) / height);
        originX = area.x + area.width / 2.0 - scale * (domain.lower(shape.xAxis()) + width / 2);
        originY = area.y + area.height / 2.0 + scale * (domain.lower(shape.yAxis()) + height / 2);
        // the coordinates' box, faint: the networks read their inputs relative to it
        Point low = toCanvas(domain.lower(shape.xAxis()), domain.lower(shape.yAxis()));
        Point high = toCanvas(domain.upper(shape.xAxis()), domain.upper(shape.yAxis()));
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY));
        gc.setLineStyle(SWT.LINE_DOT);
        gc.drawRectangle(low.x, high.y, high.x - low.x, low.y - high.y);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY));
        int dimension = domain.dimension();
        for (int i = 0; i + dimension <= collocation.length; i += dimension) {
            Point p = toCanvas(collocation[i + shape.xAxis()], collocation[i + shape.yAxis()]);
            gc.fillOval(p.x - 1, p.y - 1, 3, 3);
        }
        if (traces.isEmpty()) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_RED));
            gc.drawText("The shape is degenerate at these parameter values (see the Overview).", 10, 10, true);
        } else if (invalidStudy) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_RED));
            gc.drawText("The study has errors (see the Overview): drawn from its shapes alone.", 10, 10, true);
        }
        java.util.Set<String> labelled = new java.util.HashSet<>();
        for (ShapedDomain.Trace trace : traces) {
            List<Condition> conditions = conditionsOnEdge(trace.edge());
            boolean open = conditions.isEmpty() && hardOnEdge(trace.edge()).isEmpty();
            gc.setForeground(canvas.getDisplay().getSystemColor(colorOf(conditions, trace.edge())));
            gc.setLineWidth(trace.shape().equals(selectedPart) ? 6 : 3);
            gc.setLineStyle(open ? SWT.LINE_DASH : SWT.LINE_SOLID);
            double[] xy = trace.xy();
            int[] polyline = new int[xy.length];
            for (int i = 0; i < xy.length; i += 2) {
                Point p = toCanvas(xy[i], xy[i + 1]);
                polyline[i] = p.x;
                polyline[i + 1] = p.y;
            }
            gc.drawPolyline(polyline);
            gc.setLineStyle(SWT.LINE_SOLID);
            gc.setLineWidth(1);
        }
        for (ShapedDomain.Trace trace : traces) {
            if (!labelled.add(trace.shape())) {
                continue;
            }
            // above the part's highest point: outside an outer edge, over a hole
            Point top = topOfPart(trace.shape());
            String text = trace.shape() + ": " + describe(conditionsOnPart(trace.shape()),
                    hardOnPart(trace.shape()));
            Point size = gc.textExtent(text);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.drawText(text, Math.max(2, Math.min(area.width - size.x - 2, top.x - size.x / 2)),
                    Math.max(2, top.y - size.y - 6), true);
        }
        paintNormals(gc);
        paintSelectedShape(gc);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawText(shape.describe() + "  (" + axisLabel(shape.xAxis()) + ", " + axisLabel(shape.yAxis()) + ")",
                area.x + 4, area.y + area.height - 20, true);
    }

    /** Boundary points whose normals are drawn. */
    private static final int NORMAL_SAMPLES = 90;

    /**
     * Short arrows along the outward normals at sampled boundary points, when asked for: a tenth of the box's largest
     * side long, so a hole's arrows point into it.
     */
    private void paintNormals(GC gc) {
        if (!showNormals.getSelection() || normals == null) {
            return;
        }
        int[] axes = shape.spatialAxes();
        int dimension = domain.dimension();
        double length = 0;
        for (int axis : axes) {
            length = Math.max(length, 0.1 * domain.sideLength(axis));
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_MAGENTA));
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_MAGENTA));
        double[] at = normals.points();
        double[] n = normals.normals();
        for (int p = 0; p < at.length / dimension; p++) {
            Point from = canvasPoint(at, p * dimension, axes, 0);
            Point to = canvasPoint(at, p * dimension, axes, length, n);
            gc.drawLine(from.x, from.y, to.x, to.y);
            gc.fillOval(to.x - 2, to.y - 2, 4, 4);
        }
    }

    /** The canvas point of boundary point {@code offset} moved by {@code length} along a normal (none: not moved). */
    private Point canvasPoint(double[] points, int offset, int[] axes, double length, double[]... normal) {
        double[] c = new double[axes.length];
        for (int a = 0; a < axes.length; a++) {
            c[a] = points[offset + axes[a]] + (normal.length == 0 ? 0 : length * normal[0][offset + axes[a]]);
        }
        return axes.length == 3 ? toCanvas(c[0], c[1], c[2]) : toCanvas(c[0], c[1]);
    }

    /** The normals drawn (for tests): boundary points and outward normals, flat over all coordinates; null if none. */
    ShapedDomain.PartPoints drawnNormals() {
        return showNormals.getSelection() ? normals : null;
    }

    /** Points per face side of a solid's patches. */
    private static final int SOLID_SAMPLES = 24;
    /** The oblique view of solids: z is drawn going up and to the right, at half length. */
    private static final double DEPTH_X = 0.5 * Math.cos(Math.toRadians(30));
    private static final double DEPTH_Y = 0.5 * Math.sin(Math.toRadians(30));

    /** The canvas point of a space point in the oblique view, at the last paint's scale. */
    Point toCanvas(double x, double y, double z) {
        return toCanvas(x + DEPTH_X * z, y + DEPTH_Y * z);
    }

    /**
     * A domain of solids in an oblique view: the coordinates' box as a dotted wire frame, each solid's boundary faces as
     * dots coloured by their conditions (red without one), each solid labelled with its conditions; a click on a face's
     * dots selects its solid's part.
     */
    private void paintSolid(GC gc, Rectangle area) {
        int[] axes = shape.spatialAxes();
        double[] low = new double[3];
        double[] high = new double[3];
        for (int a = 0; a < 3; a++) {
            low[a] = domain.lower(axes[a]);
            high[a] = domain.upper(axes[a]);
        }
        double minX = low[0] + DEPTH_X * low[2];
        double maxX = high[0] + DEPTH_X * high[2];
        double minY = low[1] + DEPTH_Y * low[2];
        double maxY = high[1] + DEPTH_Y * high[2];
        int margin = 40;
        scale = Math.min((area.width - 2.0 * margin - SIDE_MARGIN) / (maxX - minX),
                (area.height - 2.0 * margin) / (maxY - minY));
        originX = area.x + area.width / 2.0 - scale * (minX + maxX) / 2;
        originY = area.y + area.height / 2.0 + scale * (minY + maxY) / 2;
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY));
        gc.setLineStyle(SWT.LINE_DOT);
        for (int corner = 0; corner < 8; corner++) {
            for (int a = 0; a < 3; a++) {
                if ((corner & (1 << a)) != 0) {
                    continue; // each edge once: from the corner with the lower end along a
                }
                int other = corner | (1 << a);
                Point from = toCanvas(pick(corner, 0, low, high), pick(corner, 1, low, high), pick(corner, 2, low, high));
                Point to = toCanvas(pick(other, 0, low, high), pick(other, 1, low, high), pick(other, 2, low, high));
                gc.drawLine(from.x, from.y, to.x, to.y);
            }
        }
        gc.setLineStyle(SWT.LINE_SOLID);
        if (patches.isEmpty()) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_RED));
            gc.drawText("The shape is degenerate at these parameter values (see the Overview).", 10, 10, true);
        } else if (invalidStudy) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_RED));
            gc.drawText("The study has errors (see the Overview): drawn from its shapes alone.", 10, 10, true);
        }
        java.util.Map<String, Point> tops = new java.util.LinkedHashMap<>();
        for (ShapedDomain.Patch patch : patches) {
            gc.setBackground(canvas.getDisplay().getSystemColor(colorOf(conditionsOnEdge(patch.piece()),
                    patch.piece())));
            int size = patch.shape().equals(selectedPart) ? 5 : 3;
            double[] xyz = patch.xyz();
            for (int i = 0; i + 2 < xyz.length; i += 3) {
                Point p = toCanvas(xyz[i], xyz[i + 1], xyz[i + 2]);
                gc.fillOval(p.x - size / 2, p.y - size / 2, size, size);
                Point top = tops.get(patch.shape());
                if (top == null || p.y < top.y) {
                    tops.put(patch.shape(), p);
                }
            }
        }
        paintNormals(gc);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        for (var top : tops.entrySet()) {
            String text = top.getKey() + ": " + describe(conditionsOnPart(top.getKey()), hardOnPart(top.getKey()));
            Point size = gc.textExtent(text);
            gc.drawText(text, Math.max(2, Math.min(area.width - size.x - 2, top.getValue().x - size.x / 2)),
                    Math.max(2, top.getValue().y - size.y - 6), true);
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawText(shape.describe() + "  (" + axisLabel(axes[0]) + ", " + axisLabel(axes[1]) + ", "
                + axisLabel(axes[2]) + "; oblique view, " + axisLabel(axes[2]) + " into the page)", area.x + 4,
                area.y + area.height - 20, true);
    }

    private static double pick(int corner, int axis, double[] low, double[] high) {
        return (corner & (1 << axis)) == 0 ? low[axis] : high[axis];
    }

    /** The solid (its part) whose face dots are nearest to a canvas point, within a few pixels; else null. */
    String patchAt(int x, int y) {
        double best = HIT * HIT;
        String found = null;
        for (ShapedDomain.Patch patch : patches) {
            double[] xyz = patch.xyz();
            for (int i = 0; i + 2 < xyz.length; i += 3) {
                Point p = toCanvas(xyz[i], xyz[i + 1], xyz[i + 2]);
                double d = (p.x - x) * (double) (p.x - x) + (p.y - y) * (double) (p.y - y);
                if (d <= best) {
                    best = d;
                    found = patch.shape();
                }
            }
        }
        return found;
    }

    /** A canvas point on one of a solid's face dots (for tests: where a click selects it), or null. */
    Point pointOfSolid(String part) {
        for (ShapedDomain.Patch patch : patches) {
            if (patch.shape().equals(part)) {
                double[] xyz = patch.xyz();
                int middle = 3 * (xyz.length / 6);
                return toCanvas(xyz[middle], xyz[middle + 1], xyz[middle + 2]);
            }
        }
        return null;
    }

    /** The selected shape's whole outline (thin, black), its handles, and a drag's preview (dashed). */
    private void paintSelectedShape(GC gc) {
        var outline = selectedShape == null ? null : outlineOf(selectedShape);
        if (outline == null) {
            return;
        }
        int offsetX = dragFrom != null && dragHandle == -1 ? dragTo.x - dragFrom.x : 0;
        int offsetY = dragFrom != null && dragHandle == -1 ? dragTo.y - dragFrom.y : 0;
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.setLineStyle(offsetX != 0 || offsetY != 0 ? SWT.LINE_DASH : SWT.LINE_SOLID);
        double[] at = new double[4];
        for (var edge : outline.edges()) {
            int samples = 64;
            int[] polyline = new int[2 * (samples + 1)];
            for (int i = 0; i <= samples; i++) {
                edge.pointAt(Math.min(1.0, (double) i / samples), at);
                Point p = toCanvas(at[0], at[1]);
                polyline[2 * i] = p.x + offsetX;
                polyline[2 * i + 1] = p.y + offsetY;
            }
            gc.drawPolyline(polyline);
        }
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        List<Point> handles = handlePoints();
        for (int h = 0; h < handles.size(); h++) {
            Point p = handles.get(h);
            if (dragFrom != null && dragHandle == h) {
                p = new Point(p.x + dragTo.x - dragFrom.x, p.y + dragTo.y - dragFrom.y);
            } else if (dragFrom != null && dragHandle == -1) {
                p = new Point(p.x + offsetX, p.y + offsetY);
            }
            gc.fillRectangle(p.x - 4, p.y - 4, 9, 9);
            gc.drawRectangle(p.x - 4, p.y - 4, 8, 8);
        }
    }

    /** Selects a part of a shaped domain (null: none) and shows its first condition in the panel. */
    public void selectPart(String part) {
        selectedPart = part;
        if (part == null) {
            selectedLabel.setText("No boundary part selected.");
            enablePanel(false);
        } else {
            List<Condition> conditions = conditionsOnPart(part);
            selectedLabel.setText("Part " + part + ": " + describe(conditions, hardOnPart(part)));
            Condition first = conditions.isEmpty() ? null : conditions.get(0);
            kind.setText(first == null ? "dirichlet" : first.getKind().getLiteral());
            field.setText(first == null || first.getField() == null ? (field.getItemCount() > 0 ? field.getItem(0) : "")
                    : first.getField().getName());
            expression.setText(first == null || first.getExpression() == null ? "" : first.getExpression());
            enablePanel(true);
        }
        selectedLabel.getParent().layout();
        canvas.redraw();
    }

    /** The conditions on every edge of a part. */
    List<Condition> conditionsOnPart(String part) {
        List<Condition> found = new ArrayList<>();
        for (String edge : shape.edgesOf(part)) {
            for (Condition condition : conditionsOnEdge(edge)) {
                if (!found.contains(condition)) {
                    found.add(condition);
                }
            }
        }
        return found;
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
        if (shape != null && shape.spatialDimension() == 3) {
            paintSolid(gc, area);
            return;
        }
        if (shape != null) {
            paintShape(gc, area);
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

    /** The colour of an edge or face: its first condition's, a hard constraint's, or red when nothing holds there. */
    private int colorOf(List<Condition> conditions, String edge) {
        if (!conditions.isEmpty()) {
            return colorOf(conditions.get(0).getKind());
        }
        return hardOnEdge(edge).isEmpty() ? SWT.COLOR_RED : HARD_COLOR;
    }

    /** Edges where a hard constraint holds exactly (its built-in distance vanishes there). */
    private static final int HARD_COLOR = SWT.COLOR_DARK_BLUE;

    /** The hard constraints whose built-in distance vanishes on an edge or face ({@code box.left}). */
    List<org.hyperlora.model.HardConstraint> hardOnEdge(String edge) {
        List<org.hyperlora.model.HardConstraint> found = new ArrayList<>();
        for (org.hyperlora.model.HardConstraint constraint : editor.study().getFamily().getHardConstraints()) {
            for (String part : constraint.getVanishesOn()) {
                try {
                    if (shape.edgesOf(part).contains(edge) && !found.contains(constraint)) {
                        found.add(constraint);
                    }
                } catch (IllegalArgumentException e) {
                    // an unknown part or initial: the validator reports it
                }
            }
        }
        return found;
    }

    /** The hard constraints that hold on every edge of a part (one on some of its edges only is not said of it). */
    private List<org.hyperlora.model.HardConstraint> hardOnPart(String part) {
        List<org.hyperlora.model.HardConstraint> found = null;
        for (String edge : shape.edgesOf(part)) {
            List<org.hyperlora.model.HardConstraint> here = hardOnEdge(edge);
            if (found == null) {
                found = new ArrayList<>(here);
            } else {
                found.retainAll(here);
            }
        }
        return found == null ? List.of() : found;
    }

    /** The conditions, then the hard constraints ({@code T = 1 (exact)}); "no condition" when there are none. */
    private static String describe(List<Condition> conditions, List<org.hyperlora.model.HardConstraint> hard) {
        StringBuilder text = new StringBuilder(conditions.isEmpty() ? "" : describe(conditions));
        for (var constraint : hard) {
            text.append(text.length() == 0 ? "" : "; ")
                    .append(constraint.getField() == null ? "?" : constraint.getField().getName()).append(" = ")
                    .append(constraint.getValue()).append(" (exact: hard constraint)");
        }
        return text.length() == 0 ? "no condition" : text.toString();
    }

    private static int colorOf(ConditionKind kind) {
        return switch (kind) {
        case DIRICHLET -> SWT.COLOR_BLUE;
        case NEUMANN -> SWT.COLOR_DARK_GREEN;
        case ROBIN -> SWT.COLOR_DARK_CYAN;
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
            case ROBIN -> (condition.isSetValueCoefficient() ? condition.getValueCoefficient() + "*" : "") + name + " + "
                    + (condition.isSetNormalCoefficient() ? condition.getNormalCoefficient() + "*" : "") + "d" + name
                    + "/dn = " + condition.getExpression();
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
        if (shape != null) {
            applyPartCondition();
            return;
        }
        if (selected == null) {
            return;
        }
        setCondition(selected.name(), selected.isInitial() ? null : selected.name(),
                target -> conditionsOn(selected).stream().filter(c -> c.getField() == target
                        && c.getKind() != ConditionKind.PERIODIC && coversOnly(c)).findFirst().orElse(null));
    }

    /** The panel's condition on the selected part: changes that part's condition for the field, or adds one. */
    private void applyPartCondition() {
        if (selectedPart == null) {
            return;
        }
        String part = selectedPart;
        setCondition(part, part, target -> editor.study().getFamily().getConditions().stream()
                .filter(c -> c.getField() == target && part.equals(c.getBoundary())).findFirst().orElse(null));
    }

    /**
     * One command: the panel's kind and expression on the field's condition that {@code existing} finds, or a new
     * condition on {@code boundary} (null: the initial time).
     */
    private void setCondition(String where, String boundary, java.util.function.Function<Field, Condition> existingFor) {
        PdeFamily family = editor.study().getFamily();
        Field target = family.getFields().stream().filter(f -> f.getName().equals(field.getText())).findFirst()
                .orElse(null);
        if (target == null) {
            return;
        }
        ConditionKind newKind = ConditionKind.get(kind.getText());
        Condition existing = existingFor.apply(target);
        CompoundCommand command = new CompoundCommand("Set condition on " + where);
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
