package org.hyperlora.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hyperlora.engine.io.AtomicFiles;
import org.hyperlora.solver.PointTables;

/** The points and output file options that {@code solve}, {@code uq} and {@code calibrate} share, checked once. */
final class CommandFiles {

    private CommandFiles() {
    }

    /**
     * The points of {@code --grid SPEC} or {@code --points FILE.csv} (exactly one), in the study's coordinate order.
     *
     * @throws UsageException naming the command: neither or both given, a missing or unreadable file, a bad spec
     */
    static double[] points(String command, Arguments arguments, List<String> coordinates) throws UsageException {
        String grid = arguments.value("--grid", null);
        String pointsFile = arguments.value("--points", null);
        if ((grid == null) == (pointsFile == null)) {
            throw new UsageException("hyperlora " + command + ": give exactly one of --grid and --points");
        }
        try {
            if (pointsFile != null && !Files.isRegularFile(Path.of(pointsFile))) {
                throw new UsageException("hyperlora " + command + ": " + Path.of(pointsFile).toAbsolutePath()
                        .normalize() + ": no such points file");
            }
            return grid != null ? PointTables.grid(grid, coordinates)
                    : PointTables.readPoints(Path.of(pointsFile), coordinates);
        } catch (IllegalArgumentException e) {
            throw new UsageException("hyperlora " + command + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UsageException("hyperlora " + command + ": cannot read " + pointsFile + ": " + e.getMessage());
        }
    }

    /**
     * The output file, absolute: refused when it is one of the command's inputs (left as it is) or cannot be written.
     */
    static Path output(String command, String outFile, List<Path> inputs) throws UsageException {
        Path target = Path.of(outFile).toAbsolutePath().normalize();
        for (Path input : inputs) {
            if (AtomicFiles.sameFile(target, input)) {
                throw new UsageException("hyperlora " + command + ": --out " + target + " is an input of this command;"
                        + " it is left as it is: choose another output file");
            }
        }
        try {
            AtomicFiles.checkWritable(target);
        } catch (IOException e) {
            throw new UsageException("hyperlora " + command + ": cannot write " + target + ": " + e.getMessage());
        }
        return target;
    }
}
