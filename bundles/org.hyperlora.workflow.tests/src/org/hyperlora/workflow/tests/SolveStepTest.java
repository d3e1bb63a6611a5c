package org.hyperlora.workflow.tests;

import static org.hyperlora.workflow.tests.Flows.EXACT;
import static org.hyperlora.workflow.tests.Flows.axis;
import static org.hyperlora.workflow.tests.Flows.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hyperlora.workflow.SolveStep;
import org.hyperlora.workflow.Workflow;
import org.hyperlora.workflow.run.WorkflowResult;
import org.hyperlora.workflow.run.WorkflowRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Solve steps through the exact solver: CSV and VTK values against the closed forms. */
class SolveStepTest {

    private static final double TWO_PI = 2 * Math.PI;

    @Test
    void solvesConvectionOnAGridIntoCsvAndStructuredPointsVtk(@TempDir Path folder) throws Exception {
        Flows.copyStudy("convection", folder);
        SolveStep solve = Flows.solve("solve beta 3", "convection.hyperlora", EXACT, "out/u.csv",
                List.of(value("beta", 3)), axis("x", 0, TWO_PI, 9), axis("t", 0, 1, 5));
        solve.setVtkOutput("out/u.vtk");
        Workflow workflow = Flows.workflow("solve", solve);
        WorkflowResult result = new WorkflowRunner().run(workflow, Flows.save(workflow, folder), null, null);

        assertTrue(result.succeeded());
        assertEquals(List.of(folder.resolve("out/u.csv"), folder.resolve("out/u.vtk")), result.outputs());
        Flows.Csv csv = Flows.csv(folder.resolve("out/u.csv"));
        assertEquals(List.of("x", "t", "u"), csv.header(), "coordinates in the study's order, then the fields");
        assertEquals(45, csv.rows().size());
        for (int row = 0; row < 45; row++) {
            double x = csv.value(row, "x");
            double t = csv.value(row, "t");
            assertEquals(TWO_PI * (row / 5) / 8, x, 1e-12, "x of row " + row);
            assertEquals((row % 5) / 4.0, t, 1e-12, "t of row " + row + ": the last coordinate varies fastest");
            assertEquals(Math.sin(x - 3 * t), csv.value(row, "u"), 1e-12, "u at x = " + x + ", t = " + t);
        }

        Vtk vtk = Vtk.read(folder.resolve("out/u.vtk"));
        assertEquals("STRUCTURED_POINTS", vtk.dataset);
        assertEquals(List.of(9, 5, 1), vtk.dimensions);
        assertArrayEquals(new double[] {0, 0, 0}, vtk.origin);
        assertArrayEquals(new double[] {TWO_PI / 8, 0.25, 1}, vtk.spacing);
        double[] u = vtk.scalars("u");
        assertEquals(45, u.length);
        for (int k = 0; k < 45; k++) {
            double x = vtk.origin[0] + (k % 9) * vtk.spacing[0]; // VTK: the first axis varies fastest
            double t = vtk.origin[1] + (k / 9) * vtk.spacing[1];
            assertEquals(Math.sin(x - 3 * t), u[k], 1e-12, "VTK value " + k + " at x = " + x + ", t = " + t);
        }
    }

    @Test
    void aGridOverAShapedDomainLeavesTheHoleEmptyInCsvAndNanInVtk(@TempDir Path folder) throws Exception {
        Flows.copyStudy("cylinder", folder);
        SolveStep solve = Flows.solve("solve R 0.5", "cylinder.hyperlora", EXACT, "phi.csv", List.of(value("R", 0.5)),
                axis("x", -2, 2, 41), axis("y", -1.5, 1.5, 31));
        solve.setVtkOutput("phi.vtk");
        Workflow workflow = Flows.workflow("solve", solve);
        WorkflowResult result = new WorkflowRunner().run(workflow, Flows.save(workflow, folder), null, null);

        assertTrue(result.succeeded(), () -> result.failure().map(f -> f.error()).orElse(""));
        Flows.Csv csv = Flows.csv(folder.resolve("phi.csv"));
        assertEquals(41 * 31, csv.rows().size(), "every grid point has its row");
        int empty = 0;
        for (int row = 0; row < csv.rows().size(); row++) {
            double x = csv.value(row, "x");
            double y = csv.value(row, "y");
            double r = Math.hypot(x, y);
            double phi = csv.value(row, "phi");
            if (r < 0.5 - 1e-9) { // points on the rim (within rounding) belong to the domain
                assertTrue(Double.isNaN(phi), "an empty cell in the cylinder at " + x + ", " + y);
                empty++;
            } else if (r > 0.5 + 1e-9) {
                assertEquals(x * (1 + 0.25 / (r * r)), phi, 1e-12);
            }
        }
        assertEquals(69, empty, "the grid points inside the rim (spacing 0.1)");
        String warning = "warning: 69 of 1271 points lie outside the domain rectangle box − disk cylinder at R = 0.5;"
                + " their fields are left empty (NaN in VTK)";
        assertTrue(result.steps().get(0).messages().contains(warning), result.steps().get(0).messages().toString());
        double[] vtk = Vtk.read(folder.resolve("phi.vtk")).scalars("phi");
        assertEquals(69, Arrays.stream(vtk).filter(Double::isNaN).count());
    }

    @Test
    void solvesKovasznayAtThePointsOfAFileIntoCsvAndVtkVertices(@TempDir Path folder) throws Exception {
        Flows.copyStudy("kovasznay", folder);
        // columns found by name, in any order; others ignored
        Files.writeString(folder.resolve("probes.csv"), "y,label,x\n0.25,a,0.0\n-0.5,b,1.0\n1.5,c,-0.5\n",
                StandardCharsets.UTF_8);
        SolveStep solve = Flows.solve("probes", "kovasznay.hyperlora", EXACT, "probes-out.csv", List.of(value("Re", 40)));
        solve.setPointsFile("probes.csv");
        solve.setVtkOutput("probes.vtk");
        Workflow workflow = Flows.workflow("points", solve);
        assertTrue(new WorkflowRunner().run(workflow, Flows.save(workflow, folder), null, null).succeeded());

        double lambda = 20 - Math.sqrt(400 + 4 * Math.PI * Math.PI);
        double[][] expected = {{0.0, 0.25}, {1.0, -0.5}, {-0.5, 1.5}};
        Flows.Csv csv = Flows.csv(folder.resolve("probes-out.csv"));
        assertEquals(List.of("x", "y", "u", "v", "p"), csv.header());
        Vtk vtk = Vtk.read(folder.resolve("probes.vtk"));
        assertEquals("POLYDATA", vtk.dataset);
        assertEquals(3, vtk.points.length / 3);
        assertEquals("VERTICES 3 6", vtk.vertices);
        for (int i = 0; i < 3; i++) {
            double x = expected[i][0];
            double y = expected[i][1];
            double u = 1 - Math.exp(lambda * x) * Math.cos(2 * Math.PI * y);
            double v = lambda / (2 * Math.PI) * Math.exp(lambda * x) * Math.sin(2 * Math.PI * y);
            assertEquals(x, csv.value(i, "x"), 0);
            assertEquals(y, csv.value(i, "y"), 0);
            assertEquals(u, csv.value(i, "u"), 1e-12);
            assertEquals(v, csv.value(i, "v"), 1e-12);
            assertArrayEquals(new double[] {x, y, 0}, Arrays.copyOfRange(vtk.points, 3 * i, 3 * i + 3));
            assertEquals(u, vtk.scalars("u")[i], 1e-12);
            assertEquals(v, vtk.scalars("v")[i], 1e-12);
            assertEquals(csv.value(i, "p"), vtk.scalars("p")[i], 0);
        }
    }

    private static void assertArrayEquals(double[] expected, double[] actual) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual, 1e-12);
    }

    /** A legacy ASCII VTK file read back: header, geometry and the SCALARS blocks. */
    static final class Vtk {
        String dataset;
        List<Integer> dimensions;
        double[] origin;
        double[] spacing;
        double[] points;
        String vertices;
        final List<String> names = new ArrayList<>();
        final List<double[]> values = new ArrayList<>();

        static Vtk read(Path file) throws Exception {
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            assertEquals("# vtk DataFile Version 3.0", lines.get(0));
            assertEquals("ASCII", lines.get(2));
            assertTrue(lines.get(3).startsWith("DATASET "), lines.get(3));
            Vtk vtk = new Vtk();
            vtk.dataset = lines.get(3).substring("DATASET ".length());
            int count = -1;
            for (int i = 4; i < lines.size(); i++) {
                String[] words = lines.get(i).trim().split("\\s+");
                switch (words[0]) {
                case "DIMENSIONS" -> vtk.dimensions = List.of(Integer.valueOf(words[1]), Integer.valueOf(words[2]),
                        Integer.valueOf(words[3]));
                case "ORIGIN" -> vtk.origin = numbers(words);
                case "SPACING" -> vtk.spacing = numbers(words);
                case "POINTS" -> {
                    int n = Integer.parseInt(words[1]);
                    vtk.points = new double[3 * n];
                    for (int p = 0; p < n; p++) {
                        double[] xyz = numbers(("P " + lines.get(i + 1 + p)).trim().split("\\s+"));
                        System.arraycopy(xyz, 0, vtk.points, 3 * p, 3);
                    }
                    i += n;
                }
                case "VERTICES" -> {
                    vtk.vertices = lines.get(i).trim();
                    int n = Integer.parseInt(words[1]);
                    for (int p = 0; p < n; p++) {
                        assertEquals("1 " + p, lines.get(i + 1 + p).trim());
                    }
                    i += n;
                }
                case "POINT_DATA" -> count = Integer.parseInt(words[1]);
                case "SCALARS" -> {
                    assertEquals("double", words[2]);
                    assertEquals("LOOKUP_TABLE default", lines.get(i + 1).trim());
                    double[] data = new double[count];
                    int read = 0;
                    int line = i + 2;
                    while (read < count) {
                        for (String word : lines.get(line++).trim().split("\\s+")) {
                            data[read++] = Double.parseDouble(word);
                        }
                    }
                    vtk.names.add(words[1]);
                    vtk.values.add(data);
                    i = line - 1;
                }
                default -> throw new AssertionError("unexpected line " + (i + 1) + " of " + file + ": " + lines.get(i));
                }
            }
            return vtk;
        }

        private static double[] numbers(String[] words) {
            double[] numbers = new double[words.length - 1];
            for (int i = 1; i < words.length; i++) {
                numbers[i - 1] = Double.parseDouble(words[i]);
            }
            return numbers;
        }

        double[] scalars(String name) {
            int index = names.indexOf(name);
            if (index < 0) {
                throw new AssertionError("no SCALARS " + name + " in " + names);
            }
            return values.get(index);
        }
    }
}
