package org.hyperlora.ui.explorer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.hyperlora.engine.io.AtomicFiles;
import org.hyperlora.model.Coordinate;
import org.hyperlora.model.Parameter;
import org.hyperlora.model.Study;
import org.hyperlora.model.mapping.StudyMapping;
import org.hyperlora.solver.BuiltinSolvers;
import org.hyperlora.solver.PointTables;
import org.hyperlora.solver.SolverException;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.solver.SurrogateSolverService.Candidate;
import org.hyperlora.solver.SurrogateSolvers;
import org.hyperlora.solver.Validity;
import org.hyperlora.ui.editor.StudyEditor;

/**
 * Explores a study's solutions: a slider and a text box per parameter, the chosen field as a heat map over the first
 * two coordinates (sliders fix any further ones), the reference solution and the error beside it when the study has
 * one, and a line cut. Every change is solved through the surrogate-solver extension point (the best solver for the
 * study, or the one chosen) on a worker thread, newest request first. Values outside what the solver was trained for
 * are allowed in the text boxes and shown in red. Follows the active study editor.
 */
public class SurrogateExplorerView extends ViewPart {

    public static final String ID = "org.hyperlora.ui.explorer";
    /** The built-in exact solution's solver: the reference beside any other solver. */
    static final String REFERENCE_SOLVER = BuiltinSolvers.EXACT;
    private static final int SLIDER_STEPS = 1000;
    private static final int RESOLUTION = 101;

    /** A parameter (or a coordinate beyond the first two) with its slider and text box. */
    static final class Knob {
        final String name;
        final double lower;
        final double upper;
        final boolean logarithmic;
        double value;
        Scale slider;
        Text text;

        Knob(String name, double lower, double upper, boolean logarithmic, double value) {
            this.name = name;
            this.lower = lower;
            this.upper = upper;
            this.logarithmic = logarithmic && lower > 0;
            this.value = value;
        }

        double valueAt(int position) {
            double t = position / (double) SLIDER_STEPS;
            return logarithmic ? Math.exp(Math.log(lower) + t * (Math.log(upper) - Math.log(lower)))
                    : lower + t * (upper - lower);
        }

        int position() {
            double t = logarithmic ? (Math.log(value) - Math.log(lower)) / (Math.log(upper) - Math.log(lower))
                    : (value - lower) / (upper - lower);
            return (int) Math.round(Math.max(0, Math.min(1, Double.isFinite(t) ? t : 0)) * SLIDER_STEPS);
        }

        boolean inside() {
            return value >= lower && value <= upper;
        }
    }

    private Composite root;
    private Display display;
    Label header;
    private Combo solverChoice;
    Combo fieldChoice;
    /** The parameter values of the study's data file: choosing one shows the solver against the data there. */
    Combo dataChoice;
    /** The study's data file as last read (null: none), and why it could not be read (null: it could). */
    private ExplorerComputation.StudyData studyData;
    private String dataProblem;
    private Composite knobRows;
    Label validity;
    /** The solver against the study's data (in the default colour: the numbers speak, not green or red). */
    Label dataLine;
    Label timing;
    Canvas heatmapCanvas;
    private Scale cutSlider;
    private Canvas lineCutCanvas;
    private Image heatmapImage;
    private Image lineCutImage;

    private StudyEditor editor;
    /** The editor's live model: followed for changes, read only on the UI thread. */
    private Study liveStudy;
    /** A copy of the live model taken on the UI thread when the solvers were (re)opened: what they read. */
    private StudyContext context;
    /** Counts reopenings: solvers opened for an older one are closed, not shown. */
    private long openGeneration;
    private final EContentAdapter studyListener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                studyChanged();
            }
        }
    };
    private boolean reopenQueued;
    private List<Candidate> candidates = List.of();
    final List<Knob> parameters = new ArrayList<>();
    private final List<Knob> slices = new ArrayList<>();
    private double[][] bounds;
    ExplorerComputation computation;
    ExplorerFrame frame;
    private long serial;
    private final Map<Long, Long> requestedAt = new ConcurrentHashMap<>();
    volatile double lastRedrawMillis = Double.NaN;
    private String failure;

    private final IPartListener2 editorFollower = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            IWorkbenchPart part = reference.getPart(false);
            if (part instanceof StudyEditor studyEditor && studyEditor != editor) {
                show(studyEditor);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == editor) {
                clear("The study's editor was closed. Open a study (.hyperlora) to explore it.");
                // another study editor may be active now without being activated again
                display.asyncExec(() -> {
                    if (!root.isDisposed() && editor == null
                            && getSite().getPage().getActiveEditor() instanceof StudyEditor active) {
                        show(active);
                    }
                });
            }
        }
    };

    /** Shows the explorer for the editor's study (opening the view if needed). */
    public static SurrogateExplorerView open(IWorkbenchPage page, StudyEditor editor) throws PartInitException {
        SurrogateExplorerView view = (SurrogateExplorerView) page.showView(ID);
        view.show(editor);
        return view;
    }

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        display = parent.getDisplay();
        root.setLayout(new GridLayout(1, false));
        header = new Label(root, SWT.WRAP);
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        Composite choices = new Composite(root, SWT.NONE);
        choices.setLayout(new GridLayout(8, false));
        choices.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(choices, SWT.NONE).setText("Solver:");
        solverChoice = new Combo(choices, SWT.READ_ONLY);
        solverChoice.setToolTipText("The solvers contributed for this study, best first");
        solverChoice.addListener(SWT.Selection, e -> reopen());
        new Label(choices, SWT.NONE).setText("Field:");
        fieldChoice = new Combo(choices, SWT.READ_ONLY);
        fieldChoice.addListener(SWT.Selection, e -> requestFrame());
        new Label(choices, SWT.NONE).setText("Data:");
        dataChoice = new Combo(choices, SWT.READ_ONLY);
        dataChoice.setToolTipText("The parameter values of the study's data file: choose one to compare the solver with"
                + " the data at its own points");
        dataChoice.addListener(SWT.Selection, e -> goToData(dataChoice.getSelectionIndex()));
        Button exportPng = new Button(choices, SWT.PUSH);
        exportPng.setText("Export PNG...");
        exportPng.addListener(SWT.Selection, e -> exportWithDialog("*.png", this::exportPng));
        Button exportCsv = new Button(choices, SWT.PUSH);
        exportCsv.setText("Export CSV...");
        exportCsv.addListener(SWT.Selection, e -> exportWithDialog("*.csv", this::exportCsv));

        knobRows = new Composite(root, SWT.NONE);
        knobRows.setLayout(new GridLayout(4, false));
        knobRows.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        validity = new Label(root, SWT.WRAP);
        validity.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        dataLine = new Label(root, SWT.WRAP);
        dataLine.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        timing = new Label(root, SWT.NONE);
        timing.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        // the pictures share what the controls leave, the user moves the divider between them
        SashForm pictures = new SashForm(root, SWT.VERTICAL);
        pictures.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        heatmapCanvas = new Canvas(pictures, SWT.DOUBLE_BUFFERED);
        heatmapCanvas.addPaintListener(e -> {
            if (heatmapImage != null) {
                e.gc.drawImage(heatmapImage, 0, 0);
                drawDataPoints(e.gc);
            }
        });
        heatmapCanvas.addListener(SWT.Resize, e -> requestFrame());
        heatmapCanvas.addListener(SWT.MouseDown, e -> cutAtPixel(e.x, e.y));

        Composite cutArea = new Composite(pictures, SWT.NONE);
        GridLayout cutAreaLayout = new GridLayout(2, false);
        cutAreaLayout.marginWidth = 0;
        cutAreaLayout.marginHeight = 0;
        cutArea.setLayout(cutAreaLayout);
        new Label(cutArea, SWT.NONE).setText("Line cut at:");
        cutSlider = new Scale(cutArea, SWT.HORIZONTAL);
        cutSlider.setMinimum(0);
        cutSlider.setMaximum(SLIDER_STEPS);
        cutSlider.setSelection(SLIDER_STEPS / 2);
        cutSlider.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        cutSlider.setToolTipText("Where along the second coordinate the line cut is taken (or click the heat map)");
        cutSlider.addListener(SWT.Selection, e -> requestFrame());
        lineCutCanvas = new Canvas(cutArea, SWT.DOUBLE_BUFFERED);
        lineCutCanvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        lineCutCanvas.addPaintListener(e -> {
            if (lineCutImage != null) {
                e.gc.drawImage(lineCutImage, 0, 0);
            }
        });
        lineCutCanvas.addListener(SWT.Resize, e -> requestFrame());
        pictures.setWeights(65, 35);

        getSite().getPage().addPartListener(editorFollower);
        if (getSite().getPage().getActiveEditor() instanceof StudyEditor active) {
            show(active);
        } else {
            clear("Open a study (.hyperlora) in the study editor and press 'Open Explorer', or activate its editor.");
        }
    }

    /** Follows this editor's study: its parameters, fields and the solvers for it. */
    public void show(StudyEditor studyEditor) {
        detach();
        editor = studyEditor;
        liveStudy = studyEditor.study();
        liveStudy.eAdapters().add(studyListener);
        solverChoice.removeAll(); // the last study's solvers are not this one's
        candidates = List.of();
        failure = null;
        rebuildKnobs();
        reopen();
    }

    private void detach() {
        if (liveStudy != null) {
            liveStudy.eAdapters().remove(studyListener);
            liveStudy = null;
        }
        context = null;
        editor = null;
        openGeneration++;
        if (computation != null) {
            computation.close();
            computation = null;
        }
        frame = null; // nothing of the old study is shown or exported any more
    }

    private void clear(String message) {
        detach();
        parameters.clear();
        slices.clear();
        for (var child : knobRows.getChildren()) {
            child.dispose();
        }
        header.setText(message);
        validity.setText("");
        timing.setText("");
        dataLine.setText("");
        setImages(null, null);
        root.layout(true, true);
    }

    /** A model change: parameters, ranges or results may differ, so rebuild and reopen once the edits settle. */
    private void studyChanged() {
        if (reopenQueued || root == null || root.isDisposed()) {
            return;
        }
        reopenQueued = true;
        display.asyncExec(() -> {
            reopenQueued = false;
            if (!root.isDisposed() && editor != null) {
                rebuildKnobs();
                reopen();
            }
        });
    }

    /** A row per parameter (and per coordinate beyond the first two): name, slider, text box, range. */
    private void rebuildKnobs() {
        for (var child : knobRows.getChildren()) {
            child.dispose();
        }
        List<Knob> previous = new ArrayList<>(parameters);
        parameters.clear();
        slices.clear();
        Study study = liveStudy;
        fieldChoice.removeAll();
        if (study.getFamily() == null) {
            root.layout(true, true);
            return;
        }
        List<Parameter> declared = study.getFamily().getParameters();
        double[] starts;
        try {
            starts = StudyMapping.referenceValue(declared);
        } catch (IllegalArgumentException invalidRange) {
            starts = declared.stream().mapToDouble(Parameter::getLower).toArray(); // marked as a problem elsewhere
        }
        for (int p = 0; p < declared.size(); p++) {
            Parameter parameter = declared.get(p);
            boolean log = parameter.getScale() == org.hyperlora.model.Scale.LOG;
            double start = starts[p];
            for (Knob old : previous) {
                if (old.name.equals(parameter.getName())) {
                    start = old.value; // keep where the user was
                }
            }
            Knob knob = new Knob(parameter.getName(), parameter.getLower(), parameter.getUpper(), log, start);
            parameters.add(knob);
            addRow(knob, parameter.getUnit() == null || parameter.getUnit().isEmpty() ? "" : " " + parameter.getUnit());
        }
        List<Coordinate> coordinates = study.getFamily().getCoordinates();
        bounds = new double[coordinates.size()][];
        for (int d = 0; d < coordinates.size(); d++) {
            Coordinate coordinate = coordinates.get(d);
            bounds[d] = new double[] {coordinate.getLower(), coordinate.getUpper()};
            Knob slice = new Knob(coordinate.getName(), coordinate.getLower(), coordinate.getUpper(), false,
                    (coordinate.getLower() + coordinate.getUpper()) / 2);
            slices.add(slice);
            if (d >= 2) {
                addRow(slice, " (slice)");
            }
        }
        study.getFamily().getFields().forEach(field -> fieldChoice.add(field.getName()));
        if (fieldChoice.getItemCount() > 0) {
            fieldChoice.select(0);
        }
        root.layout(true, true);
    }

    private void addRow(Knob knob, String suffix) {
        Label name = new Label(knobRows, SWT.NONE);
        name.setText(knob.name + ":");
        knob.slider = new Scale(knobRows, SWT.HORIZONTAL);
        knob.slider.setMinimum(0);
        knob.slider.setMaximum(SLIDER_STEPS);
        knob.slider.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        knob.slider.setSelection(knob.position());
        knob.slider.setData("hyperlora.knob", knob.name);
        knob.slider.addListener(SWT.Selection, e -> {
            knob.value = knob.valueAt(knob.slider.getSelection());
            knob.text.setText(format(knob.value));
            requestFrame();
        });
        knob.text = new Text(knobRows, SWT.BORDER);
        GridData textLayout = new GridData(SWT.FILL, SWT.CENTER, false, false);
        textLayout.widthHint = 90;
        knob.text.setLayoutData(textLayout);
        knob.text.setText(format(knob.value));
        knob.text.setToolTipText("Type a value and press Enter; values outside the range are allowed and marked");
        knob.text.addListener(SWT.DefaultSelection, e -> typed(knob));
        knob.text.addListener(SWT.FocusOut, e -> typed(knob));
        Label range = new Label(knobRows, SWT.NONE);
        range.setText("[" + format(knob.lower) + ", " + format(knob.upper) + "]" + suffix
                + (knob.logarithmic ? ", log scale" : ""));
    }

    private void typed(Knob knob) {
        String text = knob.text.getText().trim();
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        Optional<String> invalid = Optional.empty();
        if (liveStudy != null && liveStudy.getFamily() != null) {
            for (Parameter parameter : liveStudy.getFamily().getParameters()) {
                if (parameter.getName() != null && parameter.getName().equals(knob.name)) {
                    invalid = StudyMapping.outsideValidity(List.of(parameter), new double[] {value});
                }
            }
        }
        if (!Double.isFinite(value) || invalid.isPresent()) {
            failure = (invalid.isPresent() ? invalid.get() : "'" + text + "' is not a number for " + knob.name)
                    + "; still showing " + knob.name + " = " + format(knob.value);
            knob.text.setText(format(knob.value));
            showValidity();
            return;
        }
        if (value == knob.value) {
            return;
        }
        failure = null;
        knob.value = value;
        knob.slider.setSelection(knob.position());
        requestFrame();
    }

    /** Opens the chosen solver (the best one at first) and the reference in a job; then draws. */
    private void reopen() {
        if (liveStudy == null) {
            return;
        }
        // the solvers read a copy taken here, on the UI thread, while the user goes on editing the live model
        context = new StudyContext(org.eclipse.emf.ecore.util.EcoreUtil.copy(liveStudy), editor.file());
        StudyContext forContext = context;
        Path studyFile = editor.file();
        long generation = ++openGeneration;
        String chosen = solverChoice.getSelectionIndex() >= 0 && solverChoice.getSelectionIndex() < candidates.size()
                ? candidates.get(solverChoice.getSelectionIndex()).contribution().id()
                : null;
        if (computation != null) {
            computation.close();
            computation = null;
        }
        header.setText(forContext.label() + ": opening the solver...");
        Job opening = new Job("Opening the solvers for " + forContext.label()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                SurrogateSolvers registry = SurrogateSolvers.registry();
                List<Candidate> applicable = registry.candidates(forContext).stream()
                        .filter(c -> c.applicability().applicable()).toList();
                SurrogateSolver solver = null;
                SurrogateSolver reference = null;
                String problem = null;
                String chosenFailed = null;
                try {
                    if (chosen != null) {
                        try {
                            solver = registry.open(chosen, forContext, monitor);
                        } catch (SolverException e) {
                            // the choice no longer serves the study as edited (e.g. an out-of-date surrogate): the
                            // best one that does answers, and the user hears why the choice did not
                            chosenFailed = e.getMessage();
                        }
                    }
                    if (solver == null) {
                        solver = registry.open(forContext, monitor);
                    }
                    if (!solver.id().equals(REFERENCE_SOLVER)
                            && applicable.stream().anyMatch(c -> c.contribution().id().equals(REFERENCE_SOLVER))) {
                        reference = registry.open(REFERENCE_SOLVER, forContext, monitor);
                    }
                } catch (SolverException | RuntimeException e) {
                    problem = e.getMessage();
                }
                SurrogateSolver opened = solver;
                SurrogateSolver openedReference = reference;
                String why = problem;
                ExplorerComputation.StudyData readData = null;
                String dataWhy = null;
                try {
                    var rows = StudyMapping.referenceData(forContext.study(), studyFile);
                    if (rows != null) {
                        readData = new ExplorerComputation.StudyData(rows, forContext.study().getFamily()
                                .getReference().getMeanShiftedFields().stream().map(f -> f.getName()).toList());
                    }
                } catch (IOException | RuntimeException e) {
                    dataWhy = "The study's data file cannot be read: " + e.getMessage();
                }
                ExplorerComputation.StudyData data = readData;
                String dataReadProblem = dataWhy;
                // the answer says which solver gave it; the user hears why a better one was passed over
                String passed = solver == null ? "" : chosenFailed != null ? chosenFailed
                        : chosen != null ? "" : String.join("\n", registry.passedOver(forContext, solver.id()).stream()
                                .map(c -> c.contribution().name() + " passed over: " + c.applicability().reason())
                                .toList());
                if (display.isDisposed()) {
                    closeQuietly(opened);
                    closeQuietly(openedReference);
                } else {
                    display.asyncExec(() -> {
                        if (generation == openGeneration) {
                            installData(data, dataReadProblem);
                        }
                        installSolvers(generation, forContext, applicable, opened, openedReference, why, passed);
                    });
                }
                return Status.OK_STATUS;
            }
        };
        opening.setSystem(true);
        opening.schedule();
    }

    private void installSolvers(long generation, StudyContext forContext, List<Candidate> applicable,
            SurrogateSolver solver, SurrogateSolver reference, String problem, String passedOver) {
        if (root.isDisposed() || generation != openGeneration) {
            closeQuietly(solver);
            closeQuietly(reference);
            return;
        }
        candidates = applicable;
        String selected = solver == null ? null : solver.id();
        solverChoice.removeAll();
        for (Candidate candidate : applicable) {
            solverChoice.add(candidate.contribution().name());
            if (candidate.contribution().id().equals(selected)) {
                solverChoice.select(solverChoice.getItemCount() - 1);
            }
        }
        if (solver == null) {
            header.setText(forContext.label() + ": no solver can answer.\n" + problem);
            setImages(null, null);
            root.layout(true, true);
            return;
        }
        if (computation != null) {
            computation.close();
        }
        ExplorerComputation[] source = new ExplorerComputation[1];
        source[0] = new ExplorerComputation(solver, reference, computed -> frameReady(source[0], computed),
                message -> frameFailed(source[0], message));
        computation = source[0];
        computation.compareWith(studyData);
        try {
            computation.maskWith(org.hyperlora.model.mapping.StudyMapping.shape(forContext.study().getFamily()));
        } catch (RuntimeException e) {
            computation.maskWith(null); // an invalid shape: the study's validation says why, the solvers refuse it
        }
        header.setText(forContext.label() + ": " + solver.name()
                + (reference == null ? "" : ", compared with " + reference.name())
                + (passedOver.isEmpty() ? "" : "\n" + passedOver));
        root.layout(true, true);
        requestFrame();
    }

    /** Shows the data file's parameter values to choose from (or why there are none). */
    private void installData(ExplorerComputation.StudyData data, String problem) {
        studyData = data;
        dataProblem = problem;
        dataChoice.removeAll();
        if (data == null) {
            dataChoice.add(problem == null ? "none (the reference is not a data file)" : "none (unreadable)");
            dataChoice.select(0);
            dataChoice.setEnabled(false);
            return;
        }
        for (var dataCase : data.rows().cases()) {
            dataChoice.add(org.hyperlora.engine.hyper.ParameterRange.describe(data.rows().parameters(), dataCase.parameters()) + " ("
                    + dataCase.pointCount() + " points)");
        }
        dataChoice.setEnabled(true);
    }

    /** Moves the parameter knobs to the data file's {@code index}-th parameter values. */
    void goToData(int index) {
        if (studyData == null || index < 0 || index >= studyData.rows().cases().size()) {
            return;
        }
        double[] values = studyData.rows().cases().get(index).parameters();
        for (int p = 0; p < values.length; p++) {
            for (Knob knob : parameters) {
                if (knob.name.equals(studyData.rows().parameters().get(p))) {
                    knob.value = values[p];
                    knob.text.setText(format(knob.value));
                    knob.slider.setSelection(knob.position());
                }
            }
        }
        failure = null;
        requestFrame();
    }

    /** The data's points on the solver's heat map: white circles with a dark rim, where the data was given. */
    private void drawDataPoints(org.eclipse.swt.graphics.GC gc) {
        if (frame == null || frame.data() == null || frame.panels() == null) {
            return;
        }
        java.awt.Rectangle plot = frame.plotArea(0);
        double[] xAxis = frame.xAxis();
        double[] yAxis = frame.yAxis();
        double[] plane = frame.data().planePoints();
        gc.setAntialias(SWT.ON);
        gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
        gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
        for (int i = 0; i + 1 < plane.length; i += 2) {
            double fx = (plane[i] - xAxis[0]) / (xAxis[xAxis.length - 1] - xAxis[0]);
            double fy = (plane[i + 1] - yAxis[0]) / (yAxis[yAxis.length - 1] - yAxis[0]);
            int x = plot.x + (int) Math.round(fx * (plot.width - 1));
            int y = plot.y + (int) Math.round((1 - fy) * (plot.height - 1));
            gc.fillOval(x - 3, y - 3, 7, 7);
            gc.drawOval(x - 3, y - 3, 6, 6);
        }
    }

    private static void closeQuietly(SurrogateSolver solver) {
        if (solver != null) {
            solver.close();
        }
    }

    /** Asks for a new picture of the current values. */
    private void requestFrame() {
        if (computation == null || fieldChoice.getSelectionIndex() < 0 || heatmapCanvas.isDisposed()) {
            return;
        }
        List<String> names = computation.solver().parameters();
        double[] values = new double[names.size()];
        List<String> coordinates = computation.solver().coordinates();
        double[][] solverBounds = new double[coordinates.size()][];
        double[] slice = new double[coordinates.size()];
        try {
            for (int p = 0; p < values.length; p++) {
                values[p] = knob(parameters, names.get(p)).value;
            }
            for (int d = 0; d < coordinates.size(); d++) {
                Knob coordinate = knob(slices, coordinates.get(d));
                solverBounds[d] = new double[] {coordinate.lower, coordinate.upper};
                slice[d] = coordinate.value;
            }
        } catch (IllegalStateException e) {
            failure = e.getMessage();
            showValidity();
            return;
        }
        Point size = heatmapCanvas.getSize();
        Point cutSize = lineCutCanvas.getSize();
        long id = ++serial;
        requestedAt.put(id, System.nanoTime());
        computation.request(new ExplorerComputation.Request(id, values, fieldChoice.getText(), solverBounds, slice,
                RESOLUTION, cutSlider.getSelection() / (double) SLIDER_STEPS, Math.max(size.x, 480), Math.max(size.y,
                        140), Math.max(cutSize.x, 320), Math.max(cutSize.y, 180)));
    }

    static Knob knob(List<Knob> knobs, String name) {
        for (Knob knob : knobs) {
            if (knob.name.equals(name)) {
                return knob;
            }
        }
        throw new IllegalStateException("The solver's '" + name + "' is not a parameter or coordinate of the study as "
                + "it is now (renamed since the training?); train again or choose another solver.");
    }

    private void frameReady(ExplorerComputation source, ExplorerFrame computed) {
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (root.isDisposed() || source != computation
                    || computed.serial() < (frame == null ? 0 : frame.serial())) {
                return; // a picture of a study or solver no longer shown, or older than the one shown
            }
            frame = computed;
            failure = null;
            setImages(computed.heatmap(), computed.lineCut());
            Long asked = requestedAt.remove(computed.serial());
            requestedAt.keySet().removeIf(id -> id < computed.serial());
            lastRedrawMillis = asked == null ? Double.NaN : (System.nanoTime() - asked) / 1e6;
            timing.setText(String.format(Locale.ROOT, "%d points: solved in %.1f ms, drawn in %.1f ms, shown %.1f ms"
                    + " after the change", computed.points().length / computed.coordinates().size(),
                    computed.solveMillis(), computed.drawMillis(), lastRedrawMillis));
            showValidity();
        });
    }

    private void frameFailed(ExplorerComputation source, String message) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!root.isDisposed() && source == computation) {
                    failure = "The solver could not answer: " + message;
                    showValidity();
                }
            });
        }
    }

    private void showValidity() {
        StringBuilder text = new StringBuilder();
        boolean bad = false;
        if (failure != null) {
            text.append(failure);
            bad = true;
        }
        Validity answer = frame == null ? Validity.within() : frame.validity();
        List<String> outside = parameters.stream().filter(k -> !k.inside()).map(k -> k.name + " = " + format(k.value)
                + " is outside [" + format(k.lower) + ", " + format(k.upper) + "]").toList();
        if (!answer.inside() || !outside.isEmpty()) {
            // the solver's own words when it has them (they name its trained range), else the study's ranges
            text.append(text.length() > 0 ? "\n" : "").append("OUTSIDE THE TRAINED RANGE: ")
                    .append(answer.inside() ? String.join("; ", outside) : answer.message())
                    .append(". The picture is an extrapolation.");
            bad = true;
        }
        String data = frame == null || frame.data() == null ? dataProblem
                : frame.data().describe(computation == null ? List.of() : computation.solver().parameters(),
                        frame.parameters());
        validity.setText(text.length() == 0 ? "Within the trained range." : text.toString());
        dataLine.setText(data == null ? "" : data);
        validity.setForeground(root.getDisplay().getSystemColor(bad ? SWT.COLOR_RED : SWT.COLOR_DARK_GREEN));
        root.layout(true, true);
    }

    private void setImages(ImageData heatmap, ImageData lineCut) {
        if (heatmapImage != null) {
            heatmapImage.dispose();
        }
        if (lineCutImage != null) {
            lineCutImage.dispose();
        }
        heatmapImage = heatmap == null ? null : new Image(root.getDisplay(), heatmap);
        lineCutImage = lineCut == null ? null : new Image(root.getDisplay(), lineCut);
        heatmapCanvas.redraw();
        lineCutCanvas.redraw();
    }

    /** A click on the first heat map moves the line cut there. */
    private void cutAtPixel(int x, int y) {
        if (frame == null || frame.panels() == null) {
            return;
        }
        java.awt.Rectangle plot = frame.plotArea(0);
        if (plot.contains(x, y)) {
            double fraction = 1 - (y - plot.y + 0.5) / plot.height;
            cutSlider.setSelection((int) Math.round(fraction * SLIDER_STEPS));
            requestFrame();
        }
    }

    private interface Export {
        void to(Path file) throws IOException;
    }

    private void exportWithDialog(String pattern, Export export) {
        if (frame == null) {
            MessageDialog.openInformation(root.getShell(), "Nothing to export", "No solution is shown yet.");
            return;
        }
        FileDialog dialog = new FileDialog(root.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {pattern});
        dialog.setOverwrite(true);
        dialog.setFileName(frame.field() + pattern.substring(1));
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            export.to(Path.of(chosen));
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(root.getShell(), "Export failed", "Could not write " + chosen + ": " + e.getMessage());
        }
    }

    /** Writes the picture as shown (heat maps, or the line cut of a one-dimensional study) as a PNG. */
    public void exportPng(Path file) throws IOException {
        ExplorerFrame shown = requireFrame();
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {shown.heatmap() != null ? shown.heatmap() : shown.lineCut()};
        AtomicFiles.write(file, out -> {
            try {
                loader.save(out, SWT.IMAGE_PNG);
            } catch (org.eclipse.swt.SWTException e) {
                throw new IOException(e.getMessage(), e);
            }
        });
    }

    /** Writes the grid points and every field of the solver's answer as CSV. */
    public void exportCsv(Path file) throws IOException {
        ExplorerFrame shown = requireFrame();
        PointTables.writeCsv(file, shown.coordinates(), shown.points(), shown.solution());
    }

    private ExplorerFrame requireFrame() {
        if (frame == null) {
            throw new IllegalStateException("no solution is shown yet");
        }
        return frame;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.6g", value).replaceFirst("\\.?0+(e|$)", "$1");
    }

    @Override
    public void setFocus() {
        root.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(editorFollower);
        detach();
        if (heatmapImage != null) {
            heatmapImage.dispose();
        }
        if (lineCutImage != null) {
            lineCutImage.dispose();
        }
        super.dispose();
    }
}
