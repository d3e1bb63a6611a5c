package org.hyperlora.ui.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.swt.graphics.ImageData;
import org.hyperlora.engine.plot.FieldPanels;
import org.hyperlora.engine.plot.LineChart;
import org.hyperlora.engine.reference.ReferenceData;
import org.hyperlora.engine.geometry.ShapedDomain;
import org.hyperlora.solver.FieldSolution;
import org.hyperlora.solver.PointTables;
import org.hyperlora.solver.SolverException;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.ui.internal.SwtImages;

/**
 * Solves and draws the explorer's pictures on one worker thread, newest request first: while a picture is computed,
 * further requests (a slider being dragged) replace each other, so the view never falls behind the slider. A slow
 * solver (a PINN retrained per value) is cancelled as soon as a newer request arrives.
 */
final class ExplorerComputation implements AutoCloseable {

    /** What to show. {@code bounds} holds lower/upper per solver coordinate; {@code slice} the values of coordinates 3+. */
    record Request(long serial, double[] parameters, String field, double[][] bounds, double[] slice, int resolution,
            double cutFraction, int width, int height, int cutWidth, int cutHeight) {
    }

    private final SurrogateSolver solver;
    private final SurrogateSolver reference;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "HyperLoRA explorer");
        thread.setDaemon(true);
        return thread;
    });
    /** Solves the reference and draws the line cut while the worker solves and draws the heat maps. */
    private final ExecutorService helper = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "HyperLoRA explorer helper");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Request> pending = new AtomicReference<>();
    /** The serial of the newest request: a solve for an older one is cancelled (the helper's too). */
    private final java.util.concurrent.atomic.AtomicLong newest = new java.util.concurrent.atomic.AtomicLong(-1);
    private volatile boolean closed;
    private final Consumer<ExplorerFrame> onFrame;
    private final Consumer<String> onFailure;
    /** The study's data file, or null; written on the UI thread, read by the worker. */
    private volatile StudyData data;
    /** The domain's shape when it is made of shapes (points in a hole are not solved and drawn as missing), or null. */
    private volatile ShapedDomain shape;

    /** The data file of the study shown, and the fields it compares after subtracting means. */
    record StudyData(ReferenceData rows, List<String> meanShiftedFields) {
    }

    /**
     * @param reference the reference solver, or null
     * @param onFrame   receives each finished frame (on the worker thread)
     * @param onFailure receives why a request could not be answered (on the worker thread)
     */
    ExplorerComputation(SurrogateSolver solver, SurrogateSolver reference, Consumer<ExplorerFrame> onFrame,
            Consumer<String> onFailure) {
        this.solver = solver;
        this.reference = reference;
        this.onFrame = onFrame;
        this.onFailure = onFailure;
    }

    SurrogateSolver solver() {
        return solver;
    }

    SurrogateSolver reference() {
        return reference;
    }

    /** Compares each picture with the study's data where the data has the shown parameter values (null: none). */
    void compareWith(StudyData studyData) {
        this.data = studyData;
    }

    /** Masks the points outside this shape at each request's parameter values (null: the domain is the box). */
    void maskWith(ShapedDomain domainShape) {
        this.shape = domainShape;
    }

    /** Queues the request; an older one still waiting is dropped. */
    void request(Request request) {
        if (closed) {
            return;
        }
        newest.set(request.serial());
        if (pending.getAndSet(request) == null && !worker.isShutdown()) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        Request request;
        while ((request = pending.getAndSet(null)) != null && !closed) {
            try {
                ExplorerFrame frame = compute(request);
                if (!closed) {
                    onFrame.accept(frame);
                }
            } catch (OperationCanceledException e) {
                // a newer request replaced this one
            } catch (SolverException | RuntimeException e) {
                if (!closed) {
                    onFailure.accept(e.getMessage() == null ? e.toString() : e.getMessage());
                }
            }
        }
    }

    private ExplorerFrame compute(Request request) throws SolverException {
        long start = System.nanoTime();
        List<String> coordinates = solver.coordinates();
        boolean twoDimensional = coordinates.size() >= 2;
        double[] xAxis = linspace(request.bounds()[0][0], request.bounds()[0][1], request.resolution());
        double[] yAxis = twoDimensional ? linspace(request.bounds()[1][0], request.bounds()[1][1], request.resolution())
                : new double[] {0};
        double[] points = points(coordinates.size(), xAxis, twoDimensional ? yAxis : null, request.slice());
        NullProgressMonitor newerRequestCancels = new NullProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return closed || newest.get() != request.serial();
            }
        };
        // a domain made of shapes: points in a hole at these values are not solved (NaN: drawn as missing)
        boolean[] inside = insideMask(points, coordinates.size(), request.parameters());
        double[] solvedPoints = inside == null ? points : PointTables.select(points, coordinates.size(), inside);
        // the reference on the helper thread while the solver answers here: two cores, half the wait
        CompletableFuture<FieldSolution> referenceAnswer = reference == null ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> solveUnchecked(reference, request.parameters(), solvedPoints,
                        newerRequestCancels), helper);
        FieldSolution solution = expand(solver.solve(request.parameters(), solvedPoints, newerRequestCancels), inside);
        FieldSolution referenceSolution = expand(join(referenceAnswer), inside);
        DataComparison dataComparison = compareWithData(request, coordinates, newerRequestCancels);
        long solved = System.nanoTime();

        String field = request.field();
        double[] values = solution.field(field);
        double[] referenceValues = referenceSolution == null ? null : referenceSolution.field(field);
        int cutIndex = twoDimensional ? (int) Math.round(request.cutFraction() * (yAxis.length - 1)) : 0;
        String outside = solution.validity().inside() ? "" : " (outside the trained range)";
        String title = String.format(Locale.ROOT, "%s at %s%s", field, describe(request.parameters()), outside);

        CompletableFuture<ImageData> lineCut = CompletableFuture.supplyAsync(() -> lineCut(request, coordinates,
                twoDimensional, xAxis, yAxis, cutIndex, title, values, referenceValues), helper);
        FieldPanels panels = null;
        ImageData heatmap = null;
        int[] panelSize = null;
        if (twoDimensional) {
            panels = new FieldPanels(title, coordinates.get(0), coordinates.get(1), xAxis[0], xAxis[xAxis.length - 1],
                    yAxis[0], yAxis[yAxis.length - 1]);
            panels.add(solver.name() + ": " + field, values, xAxis.length, yAxis.length, 0);
            int panelCount = 1;
            if (referenceValues != null) {
                panels.add("reference " + field, referenceValues, xAxis.length, yAxis.length, 0);
                double[] error = new double[values.length];
                for (int k = 0; k < error.length; k++) {
                    error[k] = Math.abs(values[k] - referenceValues[k]);
                }
                panels.add("|error|", error, xAxis.length, yAxis.length, 1);
                panelCount = 3;
            }
            panelSize = new int[] {Math.max(160, request.width() / panelCount), Math.max(140, request.height())};
            heatmap = SwtImages.of(panels.render(panelSize[0], panelSize[1]));
        }
        ImageData lineCutImage = join(lineCut);
        long drawn = System.nanoTime();
        return new ExplorerFrame(request.serial(), request.parameters().clone(), field, coordinates, xAxis, yAxis,
                points, solution, referenceSolution, dataComparison, panels, heatmap, panelSize, lineCutImage,
                cutIndex, solution.validity(), (solved - start) / 1e6, (drawn - solved) / 1e6);
    }

    /** Which points lie in the domain's shape at these values; null when the domain is the box. */
    private boolean[] insideMask(double[] points, int dimension, double[] parameters) throws SolverException {
        ShapedDomain domainShape = shape;
        if (domainShape == null) {
            return null;
        }
        ShapedDomain.Region region;
        try {
            region = domainShape.at(parameters);
        } catch (IllegalArgumentException e) {
            throw new SolverException("the domain has no valid shape here: " + e.getMessage());
        }
        boolean[] inside = new boolean[points.length / dimension];
        for (int p = 0; p < inside.length; p++) {
            inside[p] = region.contains(points, p);
        }
        return inside;
    }

    /** A solution at the points inside, spread back over all points with NaN outside. */
    private static FieldSolution expand(FieldSolution solution, boolean[] inside) {
        if (solution == null || inside == null) {
            return solution;
        }
        double[][] values = new double[solution.fieldNames().size()][inside.length];
        for (int f = 0; f < values.length; f++) {
            double[] solved = solution.field(solution.fieldNames().get(f));
            int next = 0;
            for (int p = 0; p < inside.length; p++) {
                values[f][p] = inside[p] ? solved[next++] : Double.NaN;
            }
        }
        return new FieldSolution(solution.parameters(), solution.fieldNames(), values, solution.validity(),
                solution.elapsedNanos());
    }

    /**
     * The solver at the data's points when the data has exactly the shown parameter values (matched by name), for the
     * shown field; else null.
     */
    private DataComparison compareWithData(Request request, List<String> coordinates, NullProgressMonitor monitor)
            throws SolverException {
        StudyData studyData = data;
        if (studyData == null) {
            return null;
        }
        ReferenceData rows = studyData.rows();
        List<String> solverParameters = solver.parameters();
        double[] lambda = new double[rows.parameters().size()];
        for (int p = 0; p < lambda.length; p++) {
            int at = solverParameters.indexOf(rows.parameters().get(p));
            if (at < 0) {
                return null;
            }
            lambda[p] = request.parameters()[at];
        }
        ReferenceData.Case dataCase = rows.caseAt(lambda);
        int fieldIndex = rows.fields().indexOf(request.field());
        if (dataCase == null || fieldIndex < 0) {
            return null;
        }
        int d = coordinates.size();
        int[] dataAxis = new int[d];
        for (int k = 0; k < d; k++) {
            dataAxis[k] = rows.coordinates().indexOf(coordinates.get(k));
            if (dataAxis[k] < 0) {
                return null;
            }
        }
        int count = dataCase.pointCount();
        double[] points = new double[count * d];
        List<Double> plane = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean onSlice = d >= 2;
            for (int k = 0; k < d; k++) {
                double value = dataCase.points()[i * rows.coordinates().size() + dataAxis[k]];
                points[i * d + k] = value;
                if (k >= 2) {
                    onSlice &= Math.abs(value - request.slice()[k]) <= 1e-9 * Math.max(1, Math.abs(value));
                }
            }
            if (onSlice) {
                plane.add(points[i * d]);
                plane.add(points[i * d + 1]);
            }
        }
        double[] solved = solver.solve(request.parameters(), points, monitor).field(request.field());
        return DataComparison.of(request.field(), solved, dataCase, fieldIndex,
                studyData.meanShiftedFields().contains(request.field()),
                plane.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private ImageData lineCut(Request request, List<String> coordinates, boolean twoDimensional, double[] xAxis,
            double[] yAxis, int cutIndex, String title, double[] values, double[] referenceValues) {
        String field = request.field();
        LineChart cut = new LineChart(twoDimensional
                ? String.format(Locale.ROOT, "%s along %s at %s = %.4g", field, coordinates.get(0), coordinates.get(1),
                        yAxis[cutIndex])
                : title, coordinates.get(0), field);
        cut.addSeries(solver.name(), xAxis, along(values, xAxis.length, yAxis.length, cutIndex));
        if (referenceValues != null) {
            cut.addSeries("reference", xAxis, along(referenceValues, xAxis.length, yAxis.length, cutIndex));
        }
        return SwtImages.of(cut.render(request.cutWidth(), request.cutHeight()));
    }

    private static FieldSolution solveUnchecked(SurrogateSolver solver, double[] parameters, double[] points,
            NullProgressMonitor monitor) {
        try {
            return solver.solve(parameters, points, monitor);
        } catch (SolverException e) {
            throw new CompletionException(e);
        }
    }

    /** The helper's answer; its failure as the solver's exception, a cancellation as such. */
    private static <T> T join(CompletableFuture<T> future) throws SolverException {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SolverException solverFailure) {
                throw solverFailure;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    private String describe(double[] parameters) {
        List<String> names = solver.parameters();
        List<String> parts = new ArrayList<>();
        for (int p = 0; p < parameters.length; p++) {
            parts.add(String.format(Locale.ROOT, "%s = %.4g", names.get(p), parameters[p]));
        }
        return String.join(", ", parts);
    }

    static double[] linspace(double lower, double upper, int count) {
        double[] values = new double[count];
        for (int k = 0; k < count; k++) {
            values[k] = count == 1 ? (lower + upper) / 2 : lower + (upper - lower) * k / (count - 1);
        }
        return values;
    }

    /** Grid points, x outer and y inner as the heat maps index them; coordinates 3+ fixed at the slice values. */
    static double[] points(int dimension, double[] xAxis, double[] yAxis, double[] slice) {
        int ny = yAxis == null ? 1 : yAxis.length;
        double[] points = new double[xAxis.length * ny * dimension];
        int k = 0;
        for (double x : xAxis) {
            for (int j = 0; j < ny; j++) {
                points[k++] = x;
                if (yAxis != null) {
                    points[k++] = yAxis[j];
                }
                for (int d = yAxis == null ? 1 : 2; d < dimension; d++) {
                    points[k++] = slice[d];
                }
            }
        }
        return points;
    }

    private static double[] along(double[] values, int nx, int ny, int j) {
        double[] line = new double[nx];
        for (int i = 0; i < nx; i++) {
            line[i] = values[i * ny + j];
        }
        return line;
    }

    @Override
    public void close() {
        closed = true; // cancels a solve in progress; no frame or failure is reported after this
        pending.set(null);
        if (worker.isShutdown()) {
            return;
        }
        // after a solve still running: the solvers must not be closed under it
        worker.execute(() -> {
            solver.close();
            if (reference != null) {
                reference.close();
            }
        });
        worker.shutdown();
        helper.shutdown();
    }
}
