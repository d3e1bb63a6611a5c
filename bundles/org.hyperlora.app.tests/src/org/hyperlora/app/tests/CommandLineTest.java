package org.hyperlora.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hyperlora.app.Cli;
import org.hyperlora.engine.reference.ReferenceSolutions;
import org.hyperlora.model.ReferenceKind;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFiles;
import org.hyperlora.solver.BuiltinSolvers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code hyperlora} command line end to end inside Equinox: validate, train, solve and their bad inputs. One
 * small convection study is trained once for the class; the solves use it.
 */
class CommandLineTest {

    @TempDir
    static Path folder;
    static Path study;
    static Cli training;

    /** The convection example shrunk to seconds, trained through the command line. */
    @BeforeAll
    static void trainASmallStudy() throws Exception {
        study = folder.resolve("convection.hyperlora");
        Files.copy(Cli.example("convection.hyperlora"), study);
        Study model = StudyFiles.load(study);
        var method = model.getMethod();
        method.getNetwork().getHiddenWidths().clear();
        method.getNetwork().getHiddenWidths().addAll(List.of(12, 12));
        method.getLora().setRank(1);
        method.getHypernetwork().getHiddenWidths().clear();
        method.getHypernetwork().getHiddenWidths().add(8);
        method.getHypernetwork().setRegressionIterations(60);
        method.getHypernetwork().setPhysicsRounds(2);
        method.getHypernetwork().setIterationsPerRound(15);
        method.getHypernetwork().setBatchSize(3);
        var plan = method.getTraining();
        plan.setCollocationPoints(200);
        plan.setBoundaryPoints(40);
        plan.getBaseStages().get(0).setIterations(300);
        plan.getBaseStages().get(0).setLearningRate(0.01);
        plan.getBaseStages().get(1).setIterations(100);
        plan.getFitStages().get(0).setIterations(40);
        plan.getFitStages().get(1).setIterations(40);
        model.getParameterSets().get(0).setCount(4);
        model.getParameterSets().get(1).setCount(2);
        StudyFiles.save(model, study);
        training = Cli.run("train", study.toString(), "--threads", "2");
    }

    @Test
    void trainStoresResultsAndPrintsTheHeldOutErrors() throws Exception {
        assertEquals(0, training.exitCode(), training.toString());
        assertTrue(training.out().contains("[1/4] base PINN"), training.out());
        assertTrue(training.out().contains("[4/4] evaluation"), training.out());
        assertTrue(training.out().contains("rel. L2 u"), training.out());
        Study trained = StudyFiles.load(study);
        assertTrue(trained.getResults().getArtifacts().stream()
                .anyMatch(a -> a.getPath().equals("convection-training/surrogate.hlora")));
        assertTrue(Files.isRegularFile(folder.resolve("convection-training/surrogate.hlora")));
    }

    /** With a data-file reference, the table has errors at the data's value and a dash where no reference answers. */
    @Test
    void trainPrintsErrorsAtTheReferenceDataValues(@TempDir Path elsewhere) throws Exception {
        Study model = StudyFiles.load(study);
        model.setResults(null);
        model.getFamily().getReference().setKind(ReferenceKind.DATA_FILE);
        model.getFamily().getReference().setDataFile("measured.csv");
        Path file = elsewhere.resolve("convection.hyperlora");
        StudyFiles.save(model, file);
        double[][] points = {{1, 0.25}, {2, 0.5}, {3, 0.75}, {4, 1}};
        double[][] u = ReferenceSolutions.byName("convection").evaluate(new double[] {3.5}, points);
        StringBuilder csv = new StringBuilder("beta,x,t,u\n");
        for (int i = 0; i < points.length; i++) {
            csv.append("3.5,").append(points[i][0]).append(',').append(points[i][1]).append(',').append(u[0][i])
                    .append('\n');
        }
        Files.writeString(elsewhere.resolve("measured.csv"), csv);

        Cli trained = Cli.run("train", file.toString(), "--threads", "2");
        assertEquals(0, trained.exitCode(), trained.toString());
        assertTrue(trained.out().contains("errors at the rows of measured.csv (1 parameter value, 4 points)"),
                trained.out());
        assertTrue(trained.out().contains("then the reference data's values; errors where the reference answers"),
                trained.out());
        List<String> rows = trained.out().lines().filter(line -> line.matches("\\s+[0-9.]+\\s+\\S+\\s+[0-9.e+-]+"))
                .toList();
        assertEquals(3, rows.size(), trained.out()); // the 2 held-out values, then the data's
        assertTrue(rows.get(0).matches("\\s+[0-9.]+\\s+-\\s+\\S+"), rows.get(0));
        assertTrue(rows.get(2).matches("\\s+3\\.5000\\s+[0-9.]+e[+-][0-9]+\\s+\\S+"), rows.get(2));
    }

    @Test
    void uqGivesTheClosedFormMeanAndSpreadOfAUniformBeta() throws Exception {
        // u = sin(x - beta t), beta ~ U(4, 6): E[u] = (cos(x - 6t) - cos(x - 4t)) / (2t),
        // E[u^2] = 1/2 - (sin(2x - 8t) - sin(2x - 12t)) / (8t)
        Path out = folder.resolve("uq.csv");
        Cli uq = Cli.run("uq", study.toString(), "--param", "beta=uniform:4:6", "--samples", "2048", "--grid",
                "x=0:6:7,t=0.1:1:4", "--out", out.toString(), "--solver", BuiltinSolvers.EXACT);
        assertEquals(0, uq.exitCode(), uq.toString());
        assertTrue(uq.out().startsWith("2048 samples of beta ~ uniform:4.0:6.0 at 28 points, solved by exact"),
                uq.out());
        assertTrue(uq.out().contains("solves/s"), uq.out());
        List<String> lines = Files.readAllLines(out);
        assertEquals("x,t,u_mean,u_std", lines.get(0));
        assertEquals(29, lines.size());
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            double x = Double.parseDouble(cells[0]);
            double t = Double.parseDouble(cells[1]);
            double mean = (Math.cos(x - 6 * t) - Math.cos(x - 4 * t)) / (2 * t);
            double square = 0.5 - (Math.sin(2 * x - 8 * t) - Math.sin(2 * x - 12 * t)) / (8 * t);
            assertEquals(mean, Double.parseDouble(cells[2]), 2e-3, line);
            assertEquals(Math.sqrt(square - mean * mean), Double.parseDouble(cells[3]), 3e-3, line);
        }
        // a distribution partly outside the trained range [1, 20] is truncated, and said so; wholly outside: refused
        Cli truncated = Cli.run("uq", study.toString(), "--param", "beta=normal:19:2", "--samples", "64", "--grid",
                "x=0:6:3,t=0:1:3", "--out", folder.resolve("uq-truncated.csv").toString(), "--solver",
                BuiltinSolvers.EXACT);
        assertEquals(0, truncated.exitCode(), truncated.toString());
        assertTrue(truncated.err().contains("warning: beta: normal:19.0:2.0 is truncated to the trained range [1.0,"
                + " 20.0], which holds 0.6915 of its probability"), truncated.err());
        assertUsage("puts no probability inside the trained range", "uq", study.toString(), "--param",
                "beta=uniform:25:30", "--grid", "x=0:6:3,t=0:1:3", "--out", folder.resolve("no.csv").toString());
        assertUsage("no distribution for parameter 'beta'", "uq", study.toString(), "--grid", "x=0:6:3,t=0:1:3",
                "--out", folder.resolve("no.csv").toString());
        assertUsage("unknown parameter 'Re'", "uq", study.toString(), "--param", "Re=normal:1:1", "--grid",
                "x=0:6:3,t=0:1:3", "--out", folder.resolve("no.csv").toString());
        assertUsage("--samples 1: give 2 to", "uq", study.toString(), "--param", "beta=5", "--samples", "1", "--grid",
                "x=0:6:3,t=0:1:3", "--out", folder.resolve("no.csv").toString());
        assertTrue(Files.notExists(folder.resolve("no.csv")), "a refused command writes nothing");
    }

    /** u(x=2, t=0.1) = sin(2 - beta/10) is largest at beta = 20 - 5 pi; u(x=1, t=0.1) >= 0.6 moves it to the bound. */
    @Test
    void optimizeFindsTheClosedFormOptimumWithAndWithoutABound() throws Exception {
        Cli free = Cli.run("optimize", study.toString(), "--maximize", "u(x=2 t=0.1)", "--solver",
                BuiltinSolvers.EXACT);
        assertEquals(0, free.exitCode(), free.toString());
        assertEquals(20 - 5 * Math.PI, Double.parseDouble(free.out().lines().findFirst().orElseThrow()
                .substring("beta=".length())), 1e-4, free.out());
        assertTrue(free.out().contains("u(x=2.0 t=0.1)=1.0000000 (maximized)"), free.out());
        Path history = folder.resolve("design.csv");
        Cli bound = Cli.run("optimize", study.toString(), "--maximize", "u(x=2 t=0.1)", "--subject-to",
                "u(x=1,t=0.1)>=0.6", "--out", history.toString(), "--solver", BuiltinSolvers.EXACT);
        assertEquals(0, bound.exitCode(), bound.toString());
        assertEquals(10 * (1 - Math.asin(0.6)), Double.parseDouble(bound.out().lines().findFirst().orElseThrow()
                .substring("beta=".length())), 1e-4, bound.out());
        assertTrue(bound.out().contains("(0.6 <= u(x=1.0 t=0.1))"), bound.out());
        assertEquals("start,iteration,solves,beta,u(x=2.0 t=0.1),u(x=1.0 t=0.1),feasible",
                Files.readAllLines(history).get(0));
        // a bound no value meets: said, exit 1; a monotone objective: the edge, with a warning
        Cli impossible = Cli.run("optimize", study.toString(), "--minimize", "maxAbs(u)", "--subject-to",
                "maxAbs(u)>=2", "--resolution", "9", "--solver", BuiltinSolvers.EXACT);
        assertEquals(1, impossible.exitCode(), impossible.toString());
        assertTrue(impossible.err().contains("warning: no point found meets every bound (2.0 <= maxAbs(u))"),
                impossible.err());
        assertUsage("give exactly one of --minimize Q and --maximize Q", "optimize", study.toString());
        assertUsage("--maximize: quantity 'median(u)': unknown kind 'median'", "optimize", study.toString(),
                "--maximize", "median(u)");
        assertUsage("--minimize: quantity 'maxAbs(w)': unknown field 'w'; fields: [u]", "optimize", study.toString(),
                "--minimize", "maxAbs(w)");
        assertUsage("the probe point x = 9.0 is outside", "optimize", study.toString(), "--minimize", "u(x=9 t=0)");
        assertUsage("--subject-to: 'maxAbs(u)=2' is not Q>=LOWER, Q<=UPPER or LOWER<=Q<=UPPER", "optimize",
                study.toString(), "--minimize", "maxAbs(u)", "--subject-to", "maxAbs(u)=2");
        assertUsage("--fix beta=25.0 is outside the trained range [1.0, 20.0]", "optimize", study.toString(),
                "--minimize", "maxAbs(u)", "--fix", "beta=25");
        assertUsage("every parameter is held by --fix", "optimize", study.toString(), "--minimize", "maxAbs(u)",
                "--fix", "beta=5");
        assertUsage("--out " + study + " is an input of this command", "optimize", study.toString(), "--minimize",
                "maxAbs(u)", "--out", study.toString());
    }

    /** beta ~ U(1, 20): u(x=1.5, t=0.05) = sin(1.5 - beta/20) falls with beta, so its median is at beta = 10.5. */
    @Test
    void uqReportsTheQuantilesOfAQuantity() throws Exception {
        Path quantities = folder.resolve("quantities.csv");
        Cli uq = Cli.run("uq", study.toString(), "--param", "beta=uniform:1:20", "--samples", "1024", "--grid",
                "x=0:6:3,t=0:1:3", "--out", folder.resolve("fields.csv").toString(), "--quantity", "u(x=1.5 t=0.05)",
                "--quantity", "maxAbs(u)", "--quantities-out", quantities.toString(), "--solver",
                BuiltinSolvers.EXACT);
        assertEquals(0, uq.exitCode(), uq.toString());
        List<String> lines = Files.readAllLines(quantities);
        assertEquals("quantity,mean,std,q05,q25,q50,q75,q95,missing", lines.get(0));
        String[] probe = lines.get(1).split(",");
        assertEquals("u(x=1.5 t=0.05)", probe[0]);
        assertEquals(Math.sin(1.5 - 10.5 / 20), Double.parseDouble(probe[5]), 2e-3, lines.get(1));
        assertTrue(uq.out().contains("u(x=1.5 t=0.05): mean 0.79"), uq.out());
        assertUsage("--quantity: quantity 'u(x=1.5)': the probe gives no t", "uq", study.toString(), "--param",
                "beta=5", "--grid", "x=0:6:3,t=0:1:3", "--out", folder.resolve("no.csv").toString(), "--quantity",
                "u(x=1.5)");
        assertUsage("--quantities-out needs at least one --quantity", "uq", study.toString(), "--param", "beta=5",
                "--grid", "x=0:6:3,t=0:1:3", "--out", folder.resolve("no.csv").toString(), "--quantities-out",
                folder.resolve("q.csv").toString());
        assertTrue(Files.notExists(folder.resolve("no.csv")), "a refused command writes nothing");
    }

    @Test
    void solveWritesTheCsvTheSolverComputes() throws Exception {
        Path out = folder.resolve("exact.csv");
        Cli solve = Cli.run("solve", study.toString(), "--param", "beta=3", "--grid", "t=0:1:3,x=0:6:5", "--out",
                out.toString(), "--solver", BuiltinSolvers.EXACT);
        assertEquals(0, solve.exitCode(), solve.toString());
        List<String> lines = Files.readAllLines(out);
        assertEquals("x,t,u", lines.get(0), "coordinates in the study's order, then the fields");
        assertEquals(16, lines.size());
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            double x = Double.parseDouble(cells[0]);
            double t = Double.parseDouble(cells[1]);
            assertEquals(Math.sin(x - 3 * t), Double.parseDouble(cells[2]), 1e-12, line);
        }
        assertEquals("1.5,0.5," + Math.sin(1.5 - 1.5), lines.get(1 + 1 * 3 + 1),
                "row order: x outer, t inner");
    }

    @Test
    void solveOnAGridOverAShapedDomainLeavesTheHoleEmptyAndSaysHowManyPoints(@TempDir Path elsewhere)
            throws Exception {
        Path cylinder = elsewhere.resolve("cylinder.hyperlora");
        Files.copy(Cli.example("cylinder.hyperlora"), cylinder);
        Path out = elsewhere.resolve("phi.csv");
        Cli solve = Cli.run("solve", cylinder.toString(), "--param", "R=0.5", "--grid", "x=-2:2:101,y=-1.5:1.5:76",
                "--out", out.toString(), "--solver", BuiltinSolvers.EXACT);
        assertEquals(0, solve.exitCode(), solve.toString());
        List<String> lines = Files.readAllLines(out);
        assertEquals("x,y,phi", lines.get(0));
        assertEquals(101 * 76 + 1, lines.size(), "every grid point has its row");
        int empty = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            double x = Double.parseDouble(cells[0]);
            double y = Double.parseDouble(cells[1]);
            double r = Math.hypot(x, y);
            if (r < 0.5 - 1e-9) { // points on the rim (within rounding) belong to the domain
                assertEquals("", cells[2], "inside the cylinder: " + line);
                empty++;
            } else if (r > 0.5 + 1e-9) {
                assertEquals(x * (1 + 0.25 / (r * r)), Double.parseDouble(cells[2]), 1e-12, line);
            }
        }
        assertTrue(empty > 450 && empty < 540, "about pi 0.5^2 / (0.04 * 0.04) = 491 empty rows: " + empty);
        assertTrue(solve.err().contains("warning: " + empty + " of 7676 points lie outside the domain rectangle box"
                + " − disk cylinder at R = 0.5; their fields are left empty"), solve.err());
    }

    @Test
    void solveUsesTheTrainedSurrogateInsideItsRangeAndWarnsOutside() throws Exception {
        assertEquals(0, training.exitCode(), training.toString());
        Path points = folder.resolve("points.csv");
        // as a spreadsheet writes it: a byte-order mark and quoted header cells
        Files.writeString(points, "\uFEFF\"t\",\"x\",\"label\"\n0.5,1.0,a\n0.25,2.0,b\n");
        Path inside = folder.resolve("inside.csv");
        Cli solve = Cli.run("solve", study.toString(), "--param", "beta=7", "--points", points.toString(), "--out",
                inside.toString());
        assertEquals(0, solve.exitCode(), solve.toString());
        assertTrue(solve.out().contains("HyperLoRA surrogate"), solve.out());
        assertEquals("", solve.err());
        List<String> rows = Files.readAllLines(inside);
        assertEquals(List.of("x,t,u"), rows.subList(0, 1));
        assertTrue(rows.get(1).startsWith("1.0,0.5,"), rows.get(1));

        Path outside = folder.resolve("outside.csv");
        Cli extrapolated = Cli.run("solve", study.toString(), "--param", "beta=30", "--points", points.toString(),
                "--out", outside.toString(), "--solver", BuiltinSolvers.HYPERLORA);
        assertEquals(0, extrapolated.exitCode(), extrapolated.toString());
        assertTrue(extrapolated.err().contains("warning: beta = 30.0 is outside the trained range [1.0, 20.0]"),
                extrapolated.err());
        assertEquals(3, Files.readAllLines(outside).size(), "still solved");
    }

    @Test
    void validateReportsProblemsWithCodesAndExitCodes() throws Exception {
        Cli valid = Cli.run("validate", Cli.example("kovasznay.hyperlora").toString());
        assertEquals(0, valid.exitCode(), valid.toString());
        assertTrue(valid.out().contains("study 'kovasznay' is valid, no warnings"), valid.out());

        Path broken = folder.resolve("broken.hyperlora");
        Files.writeString(broken, Files.readString(Cli.example("burgers.hyperlora"))
                .replace("u_t + u*u_x - nu*u_xx", "u_t + u*u_x - mu*u_xx"));
        Cli invalid = Cli.run("validate", broken.toString());
        assertEquals(2, invalid.exitCode(), invalid.toString());
        assertTrue(invalid.err().contains("ERROR 12 equation 1 'momentum': residual 'u_t + u*u_x - mu*u_xx'"),
                invalid.err());
        assertTrue(invalid.err().contains("unknown symbol 'mu'"), invalid.err());

        Cli missing = Cli.run("validate", folder.resolve("nothing.hyperlora").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("nothing.hyperlora: no such study file"), missing.err());
    }

    @Test
    void badInputsExitWithTwoAndSayWhatIsWrong() throws Exception {
        Path csv = folder.resolve("never.csv");
        assertUsage("unknown parameter 'nu'; parameters: [beta]",
                "solve", study.toString(), "--param", "nu=3", "--grid", "x=0:1:3,t=0:1:3", "--out", csv.toString());
        assertUsage("grid part 'x=0:1' is not NAME=FROM:TO:COUNT",
                "solve", study.toString(), "--param", "beta=3", "--grid", "x=0:1,t=0:1:3", "--out", csv.toString());
        assertUsage("grid: no range for coordinate 't'",
                "solve", study.toString(), "--param", "beta=3", "--grid", "x=0:1:3", "--out", csv.toString());
        assertUsage("no value for parameter 'beta'",
                "solve", study.toString(), "--grid", "x=0:1:3,t=0:1:3", "--out", csv.toString());
        assertUsage("no such points file",
                "solve", study.toString(), "--param", "beta=3", "--points", folder.resolve("none.csv").toString(),
                "--out", csv.toString());
        assertUsage("no such study file", "solve", folder.resolve("none.hyperlora").toString(), "--param", "beta=3",
                "--grid", "x=0:1:3,t=0:1:3", "--out", csv.toString());
        assertUsage("the grid has more than 50000000 points", "solve", study.toString(), "--param", "beta=3", "--grid",
                "x=0:1:100000,t=0:1:100000", "--out", csv.toString());
        Path bad = folder.resolve("bad-points.csv");
        Files.writeString(bad, "x,t\n0.5,0.1\n0.25,NaN\n");
        assertUsage("line 3, column 't': 'NaN' is not a finite number", "solve", study.toString(), "--param", "beta=3",
                "--points", bad.toString(), "--out", csv.toString());
        assertUsage("unknown option '--speed'", "train", study.toString(), "--speed", "9");
        assertUsage("unknown profile 'huge'", "train", study.toString(), "--profile", "huge");
        assertUsage("expected STUDY", "train");
        Path invalid = folder.resolve("invalid.hyperlora");
        Files.writeString(invalid, Files.readString(Cli.example("convection.hyperlora")).replace("lower=\"1.0\"",
                "lower=\"40.0\""));
        Cli refused = Cli.run("train", invalid.toString());
        assertEquals(2, refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("inverted"), refused.err());
        assertTrue(!Files.exists(csv), "nothing written on bad input");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("demo", "validate", "train", "solve", "run", "info", "bench")) {
            Cli help = Cli.run(command, "--help");
            assertEquals(0, help.exitCode(), command + ": " + help);
            assertTrue(help.out().startsWith("usage: hyperlora " + command), command + ": " + help.out());
        }
        Cli overview = Cli.run("help");
        assertEquals(0, overview.exitCode());
        assertTrue(overview.out().contains("demo") && overview.out().contains("solve"), overview.out());
        assertEquals(2, Cli.run("frobnicate").exitCode());
    }

    private static void assertUsage(String fragment, String... args) {
        Cli result = Cli.run(args);
        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains(fragment), "'" + fragment + "' in: " + result.err());
    }
}
