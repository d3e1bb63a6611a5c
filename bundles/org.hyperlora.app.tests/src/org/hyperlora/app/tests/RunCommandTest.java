package org.hyperlora.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hyperlora.app.Cli;
import org.hyperlora.solver.BuiltinSolvers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hyperlora run}: a workflow file's steps, a failing step, an invalid workflow. */
class RunCommandTest {

    private static String workflow(String parameter, String secondSolver) {
        String grid = "    <values name=\"" + parameter + "\" value=\"2.0\"/>\n"
                + "    <grid coordinate=\"x\" from=\"0.0\" to=\"6.0\" count=\"4\"/>\n"
                + "    <grid coordinate=\"t\" from=\"0.0\" to=\"1.0\" count=\"3\"/>\n";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<workflow:Workflow xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xmlns:workflow=\"http://www.hyperlora.org/workflow/1.0\" name=\"cli\">\n"
                + "  <steps xsi:type=\"workflow:SolveStep\" name=\"exact\" study=\"convection.hyperlora\""
                + " solver=\"org.hyperlora.solver.exact\" output=\"out/exact.csv\">\n" + grid + "  </steps>\n"
                + "  <steps xsi:type=\"workflow:SolveStep\" name=\"second\" study=\"convection.hyperlora\""
                + " solver=\"" + secondSolver + "\" output=\"out/second.csv\">\n" + grid + "  </steps>\n"
                + "</workflow:Workflow>\n";
    }

    @Test
    void runsTheStepsAndListsWhatTheyWrote(@TempDir Path folder) throws Exception {
        Files.copy(Cli.example("convection.hyperlora"), folder.resolve("convection.hyperlora"));
        Path file = folder.resolve("cli.hlflow");
        Files.writeString(file, workflow("beta", BuiltinSolvers.EXACT));
        Cli run = Cli.run("run", file.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("step 1/2: exact"), run.out());
        assertTrue(run.out().contains("workflow 'cli': 2 steps succeeded; 2 files written"), run.out());
        List<String> rows = Files.readAllLines(folder.resolve("out/exact.csv"));
        assertEquals("x,t,u", rows.get(0));
        assertEquals(13, rows.size());
        String[] cells = rows.get(5).split(",");
        assertEquals(Math.sin(Double.parseDouble(cells[0]) - 2 * Double.parseDouble(cells[1])),
                Double.parseDouble(cells[2]), 1e-12);
    }

    @Test
    void aFailingStepStopsTheRunWithExitOneAndKeepsEarlierFiles(@TempDir Path folder) throws Exception {
        Files.copy(Cli.example("convection.hyperlora"), folder.resolve("convection.hyperlora"));
        Path file = folder.resolve("cli.hlflow");
        Files.writeString(file, workflow("beta", BuiltinSolvers.HYPERLORA));
        Cli run = Cli.run("run", file.toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("step 2 'second'"), run.err());
        assertTrue(run.err().contains("train the study first"), run.err());
        assertTrue(run.err().contains("files written by the steps before it are kept"), run.err());
        assertTrue(Files.exists(folder.resolve("out/exact.csv")));
        assertFalse(Files.exists(folder.resolve("out/second.csv")));
    }

    @Test
    void anInvalidOrMissingWorkflowExitsWithTwoAndRunsNothing(@TempDir Path folder) throws Exception {
        Files.copy(Cli.example("convection.hyperlora"), folder.resolve("convection.hyperlora"));
        Path file = folder.resolve("cli.hlflow");
        Files.writeString(file, workflow("nu", BuiltinSolvers.EXACT));
        Cli invalid = Cli.run("run", file.toString());
        assertEquals(2, invalid.exitCode(), invalid.toString());
        assertTrue(invalid.err().contains("nu"), invalid.err());
        assertTrue(invalid.err().contains("nothing was run"), invalid.err());
        assertFalse(Files.exists(folder.resolve("out")));

        Cli missing = Cli.run("run", folder.resolve("none.hlflow").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no such workflow file"), missing.err());
        Files.writeString(folder.resolve("study.hlflow"), Files.readString(Cli.example("convection.hyperlora")));
        Cli foreign = Cli.run("run", folder.resolve("study.hlflow").toString());
        assertEquals(2, foreign.exitCode(), foreign.toString());
    }
}
