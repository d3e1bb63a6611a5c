package org.hyperlora.app.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.hyperlora.app.Cli;
import org.hyperlora.solver.BuiltinSolvers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cases where the command line used to answer wrongly, or destroy a file, and report success: each now ends in a
 * clear message and the right exit code, with every file as it was. One Burgers study is trained (quick profile) for
 * the class; the tests that change it work on copies beside it, so they share its surrogate.
 */
class NothingWrongLooksRightTest {

    @TempDir
    static Path folder;
    static Path study;
    static Path surrogate;

    @BeforeAll
    static void trainBurgersQuickly() throws Exception {
        study = folder.resolve("burgers.hyperlora");
        Files.copy(Cli.example("burgers.hyperlora"), study);
        Cli training = Cli.run("train", study.toString(), "--profile", "quick", "--threads", "2");
        assertEquals(0, training.exitCode(), training.toString());
        surrogate = folder.resolve("burgers-training/surrogate.hlora");
        assertTrue(Files.isRegularFile(surrogate));
    }

    /** A copy of the trained study beside it (its results still link the one surrogate), edited as given. */
    private static Path edited(String name, String from, String to) throws IOException {
        Path copy = folder.resolve(name + ".hyperlora");
        String text = Files.readString(study);
        assertTrue(text.contains(from), from);
        Files.writeString(copy, text.replace(from, to));
        return copy;
    }

    private static Cli solve(Path file, String nu, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("solve", file.toString(), "--param", "nu=" + nu));
        args.addAll(List.of(more));
        if (!args.contains("--grid") && !args.contains("--points")) {
            args.addAll(List.of("--grid", "x=-1:1:5,t=0:1:3"));
        }
        if (!args.contains("--out")) {
            args.addAll(List.of("--out", folder.resolve("never.csv").toString()));
        }
        return Cli.run(args.toArray(String[]::new));
    }

    private static void assertRefused(Cli result, String... fragments) {
        assertEquals(2, result.exitCode(), result.toString());
        for (String fragment : fragments) {
            assertTrue(result.err().contains(fragment), "'" + fragment + "' in: " + result.err());
        }
        assertFalse(result.err().contains("\tat "), "no stack trace: " + result.err());
        assertFalse(Files.exists(folder.resolve("never.csv")), "nothing written");
    }

    @Test
    void aCurrentSurrogateAnswersAndValidatesWithoutWarnings() {
        Cli validate = Cli.run("validate", study.toString());
        assertEquals(0, validate.exitCode(), validate.toString());
        assertTrue(validate.out().contains("is valid, no warnings"), validate.out());
        Cli answer = solve(study, "0.01", "--out", folder.resolve("current.csv").toString());
        assertEquals(0, answer.exitCode(), answer.toString());
        assertTrue(answer.out().contains("solved by HyperLoRA surrogate"), answer.out());
        assertEquals("", answer.err());
    }

    @Test
    void aDamagedSurrogateIsPassedOverAloudAndFailsWhenAskedFor() throws Exception {
        byte[] original = Files.readAllBytes(surrogate);
        byte[] damaged = original.clone();
        for (int i = 0; i < 16; i++) {
            damaged[damaged.length / 2 + i] ^= (byte) 0xFF;
        }
        Files.write(surrogate, damaged);
        try {
            Cli validate = Cli.run("validate", study.toString());
            assertEquals(0, validate.exitCode(), "a warning, not an error: " + validate);
            assertTrue(validate.out().contains("WARNING 42 the trained surrogate " + surrogate
                    + " is damaged or not a surrogate"), validate.out());

            Cli answer = solve(study, "0.01", "--out", folder.resolve("damaged.csv").toString());
            assertEquals(0, answer.exitCode(), answer.toString());
            assertTrue(answer.err().contains("hyperlora solve: warning: HyperLoRA surrogate passed over: "), answer.err());
            assertTrue(answer.err().contains("damaged"), answer.err());
            assertTrue(answer.out().contains("solved by exact reference (burgers)"), answer.out());

            Cli asked = solve(study, "0.01", "--solver", BuiltinSolvers.HYPERLORA);
            assertEquals(1, asked.exitCode(), asked.toString());
            assertTrue(asked.err().contains("is damaged or not a surrogate (checksum mismatch"), asked.err());
            assertFalse(Files.exists(folder.resolve("never.csv")));
        } finally {
            Files.write(surrogate, original);
        }
    }

    @Test
    void aStudyEditedAfterTrainingIsNotAnsweredFromTheOldSurrogate() throws Exception {
        Path changed = edited("rank", "rank=\"4\"", "rank=\"3\"");
        Cli validate = Cli.run("validate", changed.toString());
        assertEquals(0, validate.exitCode(), validate.toString());
        assertTrue(validate.out().contains("WARNING 44 the trained surrogate " + surrogate + " was trained from other"
                + " settings than the study's"), validate.out());
        Cli answer = solve(changed, "0.01", "--out", folder.resolve("rank.csv").toString());
        assertEquals(0, answer.exitCode(), answer.toString());
        assertTrue(answer.err().contains("warning: HyperLoRA surrogate passed over: "), answer.err());
        assertTrue(answer.out().contains("solved by exact reference"), answer.out());
    }

    @Test
    void aHalvedInitialConditionIsNoLongerSolvedByTheBuiltInReference() throws Exception {
        Path halved = edited("halved", "expression=\"-sin(pi*x)\"", "expression=\"-0.5*sin(pi*x)\"");
        byte[] before = Files.readAllBytes(halved);
        Cli validate = Cli.run("validate", halved.toString());
        assertEquals(2, validate.exitCode(), validate.toString());
        assertTrue(validate.err().contains("ERROR 45 reference 'burgers' does not solve the family as edited: its"
                + " dirichlet u on initial residual is"), validate.err());
        assertTrue(validate.out().contains("WARNING 44"), "and the surrogate is out of date: " + validate.out());
        assertRefused(solve(halved, "0.01"), "study 'burgers' (" + halved + ") has 1 error(s)",
                "reference 'burgers' does not solve the family as edited");
        assertRefused(Cli.run("train", halved.toString(), "--profile", "quick"), "reference 'burgers' does not solve");
        assertArrayEquals(before, Files.readAllBytes(halved));
    }

    @Test
    void outputsThatAreInputsAreRefusedAndLeftAsTheyWere() throws Exception {
        byte[] studyBytes = Files.readAllBytes(study);
        byte[] surrogateBytes = Files.readAllBytes(surrogate);
        assertRefused(solve(study, "0.01", "--out", study.toString()), "--out " + study + " is an input of this command");
        assertRefused(solve(study, "0.01", "--out", surrogate.toString()), "is an input of this command");
        Path points = folder.resolve("points.csv");
        Files.writeString(points, "x,t\n0.5,0.5\n");
        assertRefused(solve(study, "0.01", "--points", points.toString(), "--out", points.toString()),
                "is an input of this command");
        assertArrayEquals(studyBytes, Files.readAllBytes(study));
        assertArrayEquals(surrogateBytes, Files.readAllBytes(surrogate));
        assertEquals("x,t\n0.5,0.5\n", Files.readString(points));

        Path readOnly = folder.resolve("read-only.csv");
        Files.writeString(readOnly, "keep me\n");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
        assertRefused(solve(study, "0.01", "--out", readOnly.toString()), "cannot write " + readOnly,
                "is read-only; it is left as it is");
        assertEquals("keep me\n", Files.readString(readOnly));
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(readOnly)));
    }

    @Test
    void trainingChecksUpFrontThatItCanWriteWhereItWill() throws Exception {
        Path lockedStudy = edited("locked", "name=\"burgers\"", "name=\"locked\"");
        Files.setPosixFilePermissions(lockedStudy, PosixFilePermissions.fromString("r--r--r--"));
        long start = System.nanoTime();
        assertRefused(Cli.run("train", lockedStudy.toString(), "--profile", "quick"), "cannot store results in "
                + lockedStudy, "is read-only");
        assertTrue((System.nanoTime() - start) / 1e9 < 5, "refused before training");
        assertFalse(Files.exists(folder.resolve("locked-training")), "nothing written");

        Path lockedFolder = Files.createDirectories(folder.resolve("locked-folder"));
        Path inside = lockedFolder.resolve("burgers.hyperlora");
        Files.copy(Cli.example("burgers.hyperlora"), inside);
        Files.setPosixFilePermissions(lockedFolder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertRefused(Cli.run("train", inside.toString(), "--profile", "quick"), "cannot store results in "
                    + inside, "the folder is not writable");
            assertFalse(Files.exists(lockedFolder.resolve("burgers-training")));
        } finally {
            Files.setPosixFilePermissions(lockedFolder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void anotherStudyIsRefusedInATrainingFolderAndTheDemoKeepsAnEditedStudy() throws Exception {
        byte[] surrogateBytes = Files.readAllBytes(surrogate);
        Path kovasznay = folder.resolve("kovasznay.hyperlora");
        Files.copy(Cli.example("kovasznay.hyperlora"), kovasznay);
        assertRefused(Cli.run("train", kovasznay.toString(), "--profile", "quick", "--out",
                folder.resolve("burgers-training").toString()), "holds the training of another study (" + study + ")");
        assertArrayEquals(surrogateBytes, Files.readAllBytes(surrogate), "the Burgers surrogate is untouched");

        Path demo = Files.createDirectories(folder.resolve("demo"));
        Path mine = demo.resolve("burgers-demo.hyperlora");
        Files.writeString(mine, Files.readString(Cli.example("burgers-demo.hyperlora")).replace("count=\"20\"",
                "count=\"12\""));
        byte[] minebytes = Files.readAllBytes(mine);
        assertRefused(Cli.run("demo", "--out", demo.toString()), mine + " exists and is not the demo's copy of the"
                + " example (edited?); it is left as it is");
        assertArrayEquals(minebytes, Files.readAllBytes(mine));
    }

    @Test
    void expressionsTooLargeOrDeepAreBadInputNotCrashes() throws Exception {
        String residual = "u_t + u*u_x - nu*u_xx";
        Path long1 = edited("long", residual, "u_t" + " + nu*u_xx".repeat(10_000));
        Cli validate = Cli.run("validate", long1.toString());
        assertEquals(2, validate.exitCode(), validate.toString());
        assertTrue(validate.err().contains("more than 500 operands in one expression"), validate.err());
        assertTrue(validate.err().length() < 2_000, "a few short lines, no stack trace: " + validate.err().length());
        assertRefused(Cli.run("train", long1.toString(), "--profile", "quick"), "more than 500 operands");
        assertRefused(solve(long1, "0.01"), "more than 500 operands");

        Path deep = edited("deep", residual, "(".repeat(1500) + residual + ")".repeat(1500));
        Cli nested = Cli.run("validate", deep.toString());
        assertEquals(2, nested.exitCode(), nested.toString());
        assertTrue(nested.err().contains("nested more than 50 levels deep"), nested.err());
        assertRefused(solve(deep, "0.01"), "nested more than 50 levels deep");

        Path zero = edited("zero", "expression=\"-sin(pi*x)\"", "expression=\"-sin(pi*x)/0\"");
        Cli division = Cli.run("validate", zero.toString());
        assertEquals(2, division.exitCode(), division.toString());
        assertTrue(division.err().contains("division by zero: the divisor is a constant equal to 0"), division.err());
    }

    @Test
    void parameterValuesAndPointsTheStudyIsNotDefinedForAreBadInput() throws Exception {
        assertRefused(solve(study, "-0.01"), "--param nu = -0.01: the family is defined only for nu > 0");
        assertRefused(solve(study, "0"), "--param nu = 0.0: the family is defined only for nu > 0");
        assertRefused(solve(study, "1e308"), "--param nu = 1e+308 is outside what every solver can answer",
                "the surrogate does not extrapolate that far");
        assertRefused(solve(study, "1e308", "--solver", BuiltinSolvers.EXACT),
                "--param nu = 1e+308 is outside what exact reference (burgers) can answer",
                "is too large for the quadrature");
        Path untrained = folder.resolve("untrained.hyperlora");
        Files.copy(Cli.example("burgers.hyperlora"), untrained);
        assertRefused(solve(untrained, "1e308"), "--param nu = 1e+308 is outside what every solver can answer");

        Path far = folder.resolve("far.csv");
        Files.writeString(far, "x,t\n0.5,0.5\n5,0.5\n");
        assertRefused(solve(study, "0.01", "--points", far.toString()), "point 2: x = 5.0 is outside [-1.0, 1.0]",
                "the study's domain is");
        assertRefused(solve(study, "0.01", "--grid", "x=-1:1:3,t=-1:1:3"), "t = -1.0 is outside [0.0, 1.0]");

        Path inverted = edited("inverted", "lower=\"0.0031830988618379067\"", "lower=\"0.5\"");
        assertRefused(solve(inverted, "0.01"), "error(s); 'hyperlora validate' lists them", "inverted");
    }
}
