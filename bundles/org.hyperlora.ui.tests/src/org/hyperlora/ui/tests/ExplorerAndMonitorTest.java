package org.hyperlora.ui.tests;

import static org.hyperlora.ui.tests.UiTests.example;
import static org.hyperlora.ui.tests.UiTests.page;
import static org.hyperlora.ui.tests.UiTests.pixels;
import static org.hyperlora.ui.tests.UiTests.pump;
import static org.hyperlora.ui.tests.UiTests.rgb;
import static org.hyperlora.ui.tests.UiTests.screenshot;
import static org.hyperlora.ui.tests.UiTests.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.hyperlora.engine.plot.Viridis;
import org.hyperlora.model.io.StudyFiles;
import org.hyperlora.model.mapping.TrainingProfile;
import org.hyperlora.runner.TrainingJob;
import org.hyperlora.solver.BuiltinSolvers;
import org.hyperlora.solver.FieldSolution;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.solver.SurrogateSolvers;
import org.hyperlora.ui.editor.EditorProbes;
import org.hyperlora.ui.editor.OverviewPage;
import org.hyperlora.ui.editor.StudyEditor;
import org.hyperlora.ui.explorer.DataComparison;
import org.hyperlora.ui.explorer.ExplorerFrame;
import org.hyperlora.ui.explorer.ExplorerProbes;
import org.hyperlora.ui.explorer.SurrogateExplorerView;
import org.hyperlora.ui.monitor.MonitorProbes;
import org.hyperlora.ui.monitor.TrainingMonitorView;
import org.hyperlora.ui.monitor.TrainingRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training monitor while a study trains, and the surrogate explorer on the trained study. */
class ExplorerAndMonitorTest {

    @AfterEach
    void closeEverything() throws InterruptedException {
        UiTests.cancelTrainings();
        page().closeAllEditors(false);
        for (String view : List.of(SurrogateExplorerView.ID, TrainingMonitorView.ID)) {
            var reference = page().findViewReference(view);
            if (reference != null) {
                page().hideView(reference);
            }
        }
    }

    private static StudyEditor open(Path folder, String example) throws Exception {
        StudyEditor editor = UiTests.openCopy(folder, example);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1280, 1000);
        pump();
        return editor;
    }

    @Test
    void theMonitorOpensWhenTrainingStartsShowsLossCurvesPerTermAndCancels(@TempDir Path folder) throws Exception {
        StudyEditor editor = open(folder, "convection.hyperlora");
        OverviewPage overview = (OverviewPage) editor.setActivePage(OverviewPage.ID);
        pump();
        TrainingJob job = overview.train(TrainingProfile.STUDY); // minutes long: there is time to cancel
        waitFor("the training monitor to open", 20_000, () -> page().findView(TrainingMonitorView.ID) != null);
        TrainingMonitorView monitor = (TrainingMonitorView) page().findView(TrainingMonitorView.ID);
        page().setPartState(page().getReference(monitor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        waitFor("loss curves of the base PINN", 120_000, () -> {
            var run = TrainingRecords.instance().current();
            return run != null && run.curves().values().stream().filter(c -> c.size() >= 3).count() >= 2
                    && MonitorProbes.hasChart(monitor);
        });
        var run = TrainingRecords.instance().current();
        assertEquals("convection", run.study);
        assertTrue(run.curves().keySet().stream().allMatch(name -> name.startsWith("base: ")),
                "only the base PINN has trained yet: " + run.curves().keySet());
        assertTrue(MonitorProbes.titleLabel(monitor).getText().contains("stage 1 of 4, base PINN"), MonitorProbes.titleLabel(monitor).getText());
        assertEquals("running", ((TrainingRecords.Stage) MonitorProbes.stageViewer(monitor).getElementAt(0)).state());
        assertTrue(MonitorProbes.cancelButton(monitor).isEnabled());
        screenshot("monitor-training");

        MonitorProbes.cancelButton(monitor).notifyListeners(SWT.Selection, new Event());
        waitFor("the training to stop", 60_000, () -> job.getResult() != null);
        waitFor("the monitor to show the end", 5_000, () -> !MonitorProbes.cancelButton(monitor).isEnabled());
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        assertTrue(MonitorProbes.titleLabel(monitor).getText().contains("cancelled"), MonitorProbes.titleLabel(monitor).getText());
        assertEquals("cancelled", ((TrainingRecords.Stage) MonitorProbes.stageViewer(monitor).getElementAt(0)).state());
        assertEquals(null, editor.study().getResults(), "a cancelled training changes nothing in the study");
    }

    @Test
    void onAShapedDomainTheExplorerLeavesTheHoleEmpty(@TempDir Path folder) throws Exception {
        StudyEditor editor = open(folder, "cylinder.hyperlora");
        OverviewPage overview = (OverviewPage) editor.setActivePage(OverviewPage.ID);
        pump();
        SurrogateExplorerView explorer = overview.openExplorer();
        // not trained: the exact potential answers, which is not defined at the origin, a grid node
        waitFor("the first picture", 60_000, () -> ExplorerProbes.frame(explorer) != null);
        ExplorerFrame frame = ExplorerProbes.frame(explorer);
        assertEquals(BuiltinSolvers.EXACT, ExplorerProbes.solver(explorer).id());
        double radius = frame.parameters()[0];
        double[] points = frame.points();
        double[] phi = frame.solution().field("phi");
        int holes = 0;
        for (int p = 0; p < phi.length; p++) {
            double x = points[2 * p];
            double y = points[2 * p + 1];
            double r = Math.hypot(x, y);
            if (r < radius - 1e-9) {
                assertTrue(Double.isNaN(phi[p]), "in the cylinder at " + x + ", " + y + ": drawn as missing");
                holes++;
            } else if (r > radius + 1e-9) {
                assertEquals(x * (1 + radius * radius / (r * r)), phi[p], 1e-12);
            }
        }
        assertTrue(holes > 0, "the grid has nodes in the cylinder");
        page().setPartState(page().getReference(explorer), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        pump();
        screenshot("explorer-cylinder");
        page().setPartState(page().getReference(explorer), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void theExplorerSolvesAsTheSliderMovesAndEveryPixelIsTheSolversValue(@TempDir Path folder) throws Exception {
        StudyEditor editor = open(folder, "convection.hyperlora");
        OverviewPage overview = (OverviewPage) editor.setActivePage(OverviewPage.ID);
        pump();
        assertTrue(EditorProbes.surrogateStatus(overview).getText().startsWith("Not trained yet"),
                EditorProbes.surrogateStatus(overview).getText());
        TrainingJob job = overview.train(TrainingProfile.QUICK);
        waitFor("the quick training", 180_000, () -> job.getResult() != null);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        pump();
        assertTrue(EditorProbes.surrogateStatus(overview).getText().startsWith("Current: solves inside the trained"
                + " range come from surrogate.hlora"), EditorProbes.surrogateStatus(overview).getText());
        TrainingMonitorView monitor = (TrainingMonitorView) page().findView(TrainingMonitorView.ID);
        assertNotNull(monitor, "the monitor opened when the training started");
        waitFor("the monitor to show the end", 5_000, () -> MonitorProbes.titleLabel(monitor).getText().contains("finished"));
        assertEquals(4, MonitorProbes.stageViewer(monitor).getTable().getItemCount());
        assertTrue(TrainingRecords.instance().current().curves().keySet().stream()
                .anyMatch(name -> name.startsWith("hypernetwork")), "curves of the hypernetwork too");
        screenshot("monitor-finished");

        SurrogateExplorerView explorer = overview.openExplorer();
        page().setPartState(page().getReference(explorer), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        waitFor("the first picture", 60_000, () -> ExplorerProbes.frame(explorer) != null);
        assertEquals(BuiltinSolvers.HYPERLORA, ExplorerProbes.solver(explorer).id(), "the trained surrogate answers");
        ExplorerFrame first = ExplorerProbes.frame(explorer);
        assertNotNull(first.reference(), "convection has an exact solution: shown beside the surrogate with the error");
        assertEquals("u", first.field());
        screenshot("explorer");

        // drag the slider as a user does: several positions in a row, the last one wins
        var slider = ExplorerProbes.slider(explorer, "beta");
        List<Double> redraws = new ArrayList<>();
        List<Double> solves = new ArrayList<>();
        List<Double> draws = new ArrayList<>();
        for (int position = 420; position <= 800; position += 20) {
            slider.setSelection(position);
            slider.notifyListeners(SWT.Selection, new Event());
            long serial = ExplorerProbes.frame(explorer).serial();
            int at = position;
            waitFor("the picture at slider position " + at, 30_000, () -> ExplorerProbes.frame(explorer).serial() > serial);
            redraws.add(ExplorerProbes.lastRedrawMillis(explorer));
            solves.add(ExplorerProbes.frame(explorer).solveMillis());
            draws.add(ExplorerProbes.frame(explorer).drawMillis());
        }
        // a layout change (the maximized view settling) resizes the canvas and asks for a picture of the new size:
        // the picture checked below is the one the canvas shows at its present size
        waitForSettledPicture(explorer, "no new picture for a second");
        ExplorerFrame moved = ExplorerProbes.frame(explorer);
        double beta = Double.parseDouble(ExplorerProbes.valueText(explorer, "beta").getText());
        assertEquals(beta, moved.parameters()[0], 1e-12, "the picture is of the value in the text box");
        assertFalse(Arrays.equals(first.parameters(), moved.parameters()));
        assertFalse(Arrays.equals(first.solution().field("u"), moved.solution().field("u")), "the field changed");
        Collections2.printMedian("explorer redraw after a slider move (ms)", redraws);
        Collections2.printMedian("  of which solving, surrogate and reference (ms)", solves);
        Collections2.printMedian("  of which drawing (ms)", draws);
        System.out.printf("  heat map %dx%d pixels%n", moved.heatmap().width, moved.heatmap().height);

        // one pixel of the heat map on the screen against the solver's own value at that grid node
        ImageData screen = pixels(ExplorerProbes.heatmapCanvas(explorer));
        var plot = moved.plotArea(0);
        int nx = moved.xAxis().length;
        int ny = moved.yAxis().length;
        StudyContext context = new StudyContext(editor.study(), editor.file());
        try (SurrogateSolver solver = SurrogateSolvers.registry().open(BuiltinSolvers.HYPERLORA, context, null);
                SurrogateSolver exact = SurrogateSolvers.registry().open(BuiltinSolvers.EXACT, context, null)) {
            FieldSolution all = solver.solve(moved.parameters(), moved.points(), null);
            FieldSolution reference = exact.solve(moved.parameters(), moved.points(), null);
            double min = Math.min(Arrays.stream(all.field("u")).min().orElseThrow(),
                    Arrays.stream(reference.field("u")).min().orElseThrow());
            double max = Math.max(Arrays.stream(all.field("u")).max().orElseThrow(),
                    Arrays.stream(reference.field("u")).max().orElseThrow());
            int checked = 0;
            for (double[] at : new double[][] {{0.3, 0.5}, {0.7, 0.2}, {0.5, 0.8}}) {
                int column = (int) (at[0] * plot.width);
                int row = (int) (at[1] * plot.height);
                int i = (int) Math.round((column + 0.5) / plot.width * (nx - 1));
                int j = (int) Math.round((1 - (row + 0.5) / plot.height) * (ny - 1));
                double value = solver.solve(moved.parameters(), new double[] {moved.xAxis()[i], moved.yAxis()[j]}, null)
                        .field("u")[0];
                int expected = Viridis.rgb((value - min) / (max - min));
                int shown = rgb(screen, plot.x + column, plot.y + row);
                for (int shift : new int[] {16, 8, 0}) {
                    assertEquals(expected >> shift & 0xFF, shown >> shift & 0xFF, 2, String.format(
                            "pixel (%d, %d) shows %06x, the solver's u = %.5f at (%.3f, %.3f) is %06x",
                            plot.x + column, plot.y + row, shown, value, moved.xAxis()[i], moved.yAxis()[j], expected));
                }
                checked++;
            }
            assertEquals(3, checked);
        } finally {
            context.dispose();
        }

        // the study's data file: its parameter values offered, its points drawn, the error at them said
        double dataBeta = 7.5;
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        double[] dataPoints = new double[80];
        StringBuilder rows = new StringBuilder("beta,x,t,u\n");
        for (int i = 0; i < 40; i++) {
            dataPoints[2 * i] = random.nextDouble(0, 2 * Math.PI);
            dataPoints[2 * i + 1] = random.nextDouble(0, 1);
            rows.append(dataBeta).append(',').append(dataPoints[2 * i]).append(',').append(dataPoints[2 * i + 1])
                    .append(',').append(Math.sin(dataPoints[2 * i] - dataBeta * dataPoints[2 * i + 1])).append('\n');
        }
        java.nio.file.Files.writeString(editor.file().resolveSibling("measured.csv"), rows);
        var studyReference = editor.study().getFamily().getReference();
        editor.set(studyReference, org.hyperlora.model.HyperloraPackage.Literals.REFERENCE__KIND,
                org.hyperlora.model.ReferenceKind.DATA_FILE);
        editor.set(studyReference, org.hyperlora.model.HyperloraPackage.Literals.REFERENCE__DATA_FILE, "measured.csv");
        waitFor("the data's values to choose from", 30_000, () -> ExplorerProbes.dataChoice(explorer).isEnabled(),
                () -> ExplorerProbes.describeState(explorer));
        assertEquals("beta = 7.5 (40 points)", ExplorerProbes.dataChoice(explorer).getItem(0));
        ExplorerProbes.dataChoice(explorer).select(0);
        ExplorerProbes.dataChoice(explorer).notifyListeners(SWT.Selection, new Event());
        waitFor("the picture against the data", 30_000, () -> ExplorerProbes.frame(explorer).data() != null,
                () -> ExplorerProbes.describeState(explorer));
        DataComparison data = ExplorerProbes.frame(explorer).data();
        assertEquals(40, data.pointCount());
        assertEquals(80, data.planePoints().length, "every point lies in the (x, t) plane");
        StudyContext dataContext = new StudyContext(editor.study(), editor.file());
        try (SurrogateSolver solver = SurrogateSolvers.registry().open(BuiltinSolvers.HYPERLORA, dataContext, null)) {
            double[] solved = solver.solve(new double[] {dataBeta}, dataPoints, null).field("u");
            double difference = 0;
            double size = 0;
            for (int i = 0; i < 40; i++) {
                double exact = Math.sin(dataPoints[2 * i] - dataBeta * dataPoints[2 * i + 1]);
                difference += (solved[i] - exact) * (solved[i] - exact);
                size += exact * exact;
            }
            assertEquals(Math.sqrt(difference / size), data.relativeL2(), 1e-9 * data.relativeL2());
        } finally {
            dataContext.dispose();
        }
        assertTrue(ExplorerProbes.dataLabel(explorer).getText().startsWith("Against the study's data at beta = 7.5"
                + " (40 points, drawn as circles): relative L2 u "), ExplorerProbes.dataLabel(explorer).getText());
        screenshot("explorer-data");
        editor.getEditingDomain().getCommandStack().undo();
        editor.getEditingDomain().getCommandStack().undo();
        waitFor("the exact reference again", 30_000, () -> ExplorerProbes.frame(explorer).reference() != null
                && !ExplorerProbes.dataChoice(explorer).isEnabled(), () -> ExplorerProbes.describeState(explorer));
        waitForSettledPicture(explorer, "no new picture for a second after the reopening");

        // a value beyond the trained range: solved, and said clearly
        var text = ExplorerProbes.valueText(explorer, "beta");
        text.setText("not a number");
        text.notifyListeners(SWT.DefaultSelection, new Event());
        pump();
        assertTrue(ExplorerProbes.validityLabel(explorer).getText().contains("'not a number' is not a number for beta"),
                ExplorerProbes.validityLabel(explorer).getText());
        long serial = ExplorerProbes.frame(explorer).serial();
        text.setText("35");
        text.notifyListeners(SWT.DefaultSelection, new Event());
        waitFor("the picture at beta = 35", 30_000, () -> ExplorerProbes.frame(explorer).serial() > serial);
        assertEquals(35, ExplorerProbes.frame(explorer).parameters()[0]);
        assertFalse(ExplorerProbes.frame(explorer).validity().inside());
        assertTrue(ExplorerProbes.validityLabel(explorer).getText().startsWith("OUTSIDE THE TRAINED RANGE: beta = 35.0 is outside the trained range"),
                ExplorerProbes.validityLabel(explorer).getText());
        assertEquals(SWT.COLOR_RED, colorOf(explorer));
        screenshot("explorer-outside-range");

        // far beyond (more than the range's width): the surrogate refuses, the last picture stays, marked
        text.setText("100");
        text.notifyListeners(SWT.DefaultSelection, new Event());
        waitFor("the refusal at beta = 100", 30_000,
                () -> ExplorerProbes.validityLabel(explorer).getText().contains("could not answer"));
        assertTrue(ExplorerProbes.validityLabel(explorer).getText().contains("beta = 100.0 is outside the trained range"
                + " [1.0, 20.0]: more than the range's own width beyond it; the surrogate does not extrapolate that far"),
                ExplorerProbes.validityLabel(explorer).getText());
        assertEquals(35, ExplorerProbes.frame(explorer).parameters()[0], "the picture shown is still the one at 35");
        text.setText("35");
        text.notifyListeners(SWT.DefaultSelection, new Event());
        long again = ExplorerProbes.frame(explorer).serial();
        waitFor("the picture at beta = 35 again", 30_000, () -> ExplorerProbes.frame(explorer).serial() > again);

        Path png = folder.resolve("exports/u.png");
        explorer.exportPng(png);
        ImageData written = new ImageLoader().load(png.toString())[0];
        assertEquals(ExplorerProbes.frame(explorer).heatmap().width, written.width);
        assertEquals(ExplorerProbes.frame(explorer).heatmap().height, written.height);
        Path csv = folder.resolve("exports/u.csv");
        explorer.exportCsv(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(101 * 101 + 1, lines.size(), "a header and one line per grid point");
        assertTrue(lines.get(0).startsWith("x,t,u"), lines.get(0));

        // the dashboard says when the surrogate no longer matches the study, and again when an undo restores it
        page().setPartState(page().getReference(explorer), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        page().activate(editor);
        editor.set(editor.study().getFamily().getParameters().get(0), org.hyperlora.model.HyperloraPackage.Literals.PARAMETER__UPPER, 25.0);
        pump();
        assertTrue(EditorProbes.surrogateStatus(overview).getText().startsWith("Out of date: the study's settings"
                + " changed since surrogate.hlora was trained."), EditorProbes.surrogateStatus(overview).getText());
        assertTrue(EditorProbes.surrogateStatus(overview).getToolTipText().contains("was trained from other settings"
                + " than the study's"), EditorProbes.surrogateStatus(overview).getToolTipText());
        assertTrue(StudyFiles.format(editor.diagnostic()).contains("WARNING 44 the trained surrogate"),
                StudyFiles.format(editor.diagnostic()));
        // the explorer showed the surrogate (chosen): now the exact reference answers, and the header says why
        waitFor("the explorer to move to the exact reference", 30_000, () -> ExplorerProbes.solver(explorer) != null
                && BuiltinSolvers.EXACT.equals(ExplorerProbes.solver(explorer).id()),
                () -> ExplorerProbes.describeState(explorer));
        assertTrue(ExplorerProbes.header(explorer).getText().contains("was trained from other settings than the"
                + " study's"), ExplorerProbes.header(explorer).getText());
        screenshot("overview-surrogate-out-of-date");
        editor.getEditingDomain().getCommandStack().undo();
        pump();
        assertTrue(EditorProbes.surrogateStatus(overview).getText().startsWith("Current"),
                EditorProbes.surrogateStatus(overview).getText());
    }

    @Test
    void theExplorerFollowsTheActiveEditorAndForgetsAClosedStudy(@TempDir Path folder) throws Exception {
        StudyEditor burgers = open(folder, "burgers.hyperlora");
        SurrogateExplorerView explorer = ((OverviewPage) burgers.setActivePage(OverviewPage.ID)).openExplorer();
        waitFor("the Burgers picture", 60_000, () -> ExplorerProbes.frame(explorer) != null, () -> ExplorerProbes.describeState(explorer));
        assertEquals(BuiltinSolvers.EXACT, ExplorerProbes.solver(explorer).id(), "untrained: the exact solution answers");
        assertEquals(List.of("x", "t"), ExplorerProbes.frame(explorer).coordinates());
        assertNull(ExplorerProbes.frame(explorer).reference(), "the exact solver is not compared with itself");

        StudyEditor kovasznay = open(folder, "kovasznay.hyperlora"); // activating it moves the explorer along
        waitFor("the Kovasznay picture", 60_000, () -> ExplorerProbes.frame(explorer) != null
                && ExplorerProbes.frame(explorer).coordinates().equals(List.of("x", "y")), () -> ExplorerProbes.describeState(explorer));
        assertEquals(List.of("u", "v", "p"), List.of(ExplorerProbes.fieldChoice(explorer).getItems()));
        // the field shows the value solved at (the log-scale middle, 44.72...) to six significant digits
        double re = Double.parseDouble(ExplorerProbes.valueText(explorer, "Re").getText());
        assertEquals(re, ExplorerProbes.frame(explorer).parameters()[0], 1e-5 * re);

        page().closeEditor(kovasznay, false);
        pump();
        page().activate(burgers);
        waitFor("the Burgers picture again", 60_000, () -> ExplorerProbes.frame(explorer) != null
                && ExplorerProbes.frame(explorer).coordinates().equals(List.of("x", "t")), () -> ExplorerProbes.describeState(explorer));
        page().closeEditor(burgers, false);
        waitFor("the explorer to let go", 5_000, () -> ExplorerProbes.frame(explorer) == null);
        assertNull(ExplorerProbes.solver(explorer), "the solvers of a closed study are closed");
    }

    private static int colorOf(SurrogateExplorerView explorer) {
        var color = ExplorerProbes.validityLabel(explorer).getForeground();
        return color.equals(ExplorerProbes.validityLabel(explorer).getDisplay().getSystemColor(SWT.COLOR_RED)) ? SWT.COLOR_RED : -1;
    }

    /** Prints figures for the record (speed goals live in benchmarks, not in assertions). */
    static final class Collections2 {
        static void printMedian(String what, List<Double> values) {
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("%s: median %.1f, max %.1f over %d%n", what, sorted[sorted.length / 2],
                    sorted[sorted.length - 1], sorted.length);
        }
    }

    /** Waits until the explorer has shown no new picture for a second (layout changes ask for pictures too). */
    private static void waitForSettledPicture(SurrogateExplorerView explorer, String what) throws Exception {
        long[] last = {-1, System.currentTimeMillis()};
        waitFor(what, 30_000, () -> {
            long shown = ExplorerProbes.frame(explorer).serial();
            if (shown != last[0]) {
                last[0] = shown;
                last[1] = System.currentTimeMillis();
            }
            return System.currentTimeMillis() - last[1] > 1_000;
        }, () -> ExplorerProbes.describeState(explorer));
    }

}
