package org.hyperlora.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.hyperlora.app.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's run command: the demo trains Burgers (quick profile) and prints the error table. */
class DemoTest {

    @Test
    void theDemoPrintsHeldOutErrorsBelowTenPercentOnAverage(@TempDir Path folder) {
        Cli demo = Cli.run("demo", "--out", folder.toString(), "--threads", "2");
        assertEquals(0, demo.exitCode(), demo.toString());
        System.out.println(demo.out());
        List<String> rows = demo.out().lines().filter(l -> l.endsWith("held out")).toList();
        assertEquals(4, rows.size(), demo.out());
        double sum = 0;
        for (String row : rows) {
            sum += Double.parseDouble(row.trim().split("\\s+")[1]);
        }
        assertTrue(sum / rows.size() < 0.1, "mean relative L2 over the held-out values: " + sum / rows.size());
        assertTrue(demo.out().contains("outside the trained range (extrapolated)"), demo.out());

        // run again into the same folder: the study there is the demo's own (trained, with results), so it is replaced
        Cli again = Cli.run("demo", "--out", folder.toString(), "--threads", "2");
        assertEquals(0, again.exitCode(), again.toString());
        assertEquals(4, again.out().lines().filter(l -> l.endsWith("held out")).count(), again.out());
    }
}
