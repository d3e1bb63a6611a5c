package org.hyperlora.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.hyperlora.nd4j.NativeBackendException;

/**
 * The {@code hyperlora} command line, run headless inside Equinox. Exit codes: 0 ok, 1 failure,
 * 2 bad usage or input.
 */
public class HyperloraApplication implements IApplication {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    static final String USAGE = String.join(System.lineSeparator(),
            "usage: hyperlora COMMAND [OPTIONS]",
            "",
            "commands:",
            "  demo      train the Burgers example on the quick profile and print the error table",
            "  validate  check a study file: one line per problem with severity and code",
            "  train     train a study's HyperLoRA surrogate and store the results in the study",
            "  solve     solve a study at parameter values on a grid or points, as CSV",
            "  calibrate find the parameter values that explain measured data (inverse problem)",
            "  uq        propagate uncertain parameters into the fields' mean and standard deviation",
            "  optimize  find the parameter values that minimise or maximise a quantity (design)",
            "  run       run a workflow (.hlflow): train, solve, sweep, compare, calibrate, optimize,",
            "            uncertainty, export steps",
            "  worker    run a member of a HyperLoRA cluster until stopped (--cluster, --secret-file)",
            "  info      show the numerical backend running inside OSGi and check it with a small GEMM",
            "  bench     benchmarks: 'bench step' times one PINN training step, 'bench solve' the solves,",
            "            'bench study' runs the HyperLoRA study, 'bench design' times calibration,",
            "            uncertainty and optimization (see 'hyperlora bench --help')",
            "  help      show this text",
            "",
            "Run 'hyperlora COMMAND --help' for a command's options. --debug (anywhere) prints the stack trace",
            "of an unexpected error, which is otherwise one line (exit code 1).");

    @Override
    public Object start(IApplicationContext context) {
        context.applicationRunning();
        Map<?, ?> arguments = context.getArguments();
        String[] args = (String[]) arguments.get(IApplicationContext.APPLICATION_ARGS);
        return run(args == null ? new String[0] : args, System.out, System.err);
    }

    /** Runs one command with the given streams (the tests' fragment drives it with captured ones). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> words = new ArrayList<>(Arrays.asList(args));
        boolean debug = words.remove("--debug");
        if (words.isEmpty() || words.get(0).equals("help") || words.get(0).equals("--help")
                || words.get(0).equals("-h")) {
            out.println(USAGE);
            return words.isEmpty() ? EXIT_USAGE : EXIT_OK;
        }
        String command = words.get(0);
        List<String> options = words.subList(1, words.size());
        try {
            switch (command) {
            case "info":
                return new InfoCommand().run(options, out, err);
            case "bench":
                return new BenchCommand().run(options, out, err);
            case "demo":
                return new DemoCommand().run(options, out, err);
            case "validate":
                return new ValidateCommand().run(options, out, err);
            case "train":
                return new TrainCommand().run(options, out, err);
            case "solve":
                return new SolveCommand().run(options, out, err);
            case "calibrate":
                return new CalibrateCommand().run(options, out, err);
            case "uq":
                return new UqCommand().run(options, out, err);
            case "optimize":
                return new OptimizeCommand().run(options, out, err);
            case "run":
                return new RunCommand().run(options, out, err);
            case "worker":
                return new WorkerCommand().run(options, out, err);
            default:
                err.println("hyperlora: unknown command '" + command + "'");
                err.println(USAGE);
                return EXIT_USAGE;
            }
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println("Run 'hyperlora " + command + " --help' for the options.");
            return EXIT_USAGE;
        } catch (NativeBackendException e) {
            err.println("hyperlora: " + e.getMessage());
            return EXIT_FAILURE;
        } catch (OutOfMemoryError e) {
            err.println("hyperlora " + command + ": out of memory (" + e.getMessage() + "); give the JVM more with"
                    + " HYPERLORA_VM_ARGS=-Xmx8g or ask for fewer points");
            return failure(e, debug, err);
        } catch (StackOverflowError e) {
            err.println("hyperlora " + command + ": the input is nested too deeply to process (stack overflow)");
            return failure(e, debug, err);
        } catch (RuntimeException | Error e) {
            // a bug, not the user's doing: one line that says so (the trace with --debug), and a failing exit code
            err.println("hyperlora " + command + ": internal error: " + e + (debug ? "" : " (--debug shows where)"));
            return failure(e, debug, err);
        }
    }

    private static int failure(Throwable e, boolean debug, PrintStream err) {
        if (debug) {
            e.printStackTrace(err);
        }
        return EXIT_FAILURE;
    }

    @Override
    public void stop() {
        // commands run to completion on the calling thread; a worker runs until stopped: it leaves its cluster
        WorkerCommand.stopAll();
    }
}
