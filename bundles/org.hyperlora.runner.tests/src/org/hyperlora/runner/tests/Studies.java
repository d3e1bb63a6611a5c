package org.hyperlora.runner.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hyperlora.model.OptimizerStage;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFiles;

/** Example studies copied into a test folder, and a tiny convection study that trains in seconds. */
final class Studies {

    private Studies() {
    }

    static Path example(String name) {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null) {
            Path candidate = directory.resolve("examples").resolve(name + ".hyperlora");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            directory = directory.getParent();
        }
        throw new IllegalStateException("examples/" + name + ".hyperlora not found above " + Path.of("").toAbsolutePath());
    }

    static Path copy(String name, Path folder) throws Exception {
        Path target = folder.resolve(name + ".hyperlora");
        Files.copy(example(name), target);
        return target;
    }

    /**
     * The convection example shrunk to seconds: PINN 2×12, 200 points, short plans, 4 training and 2 test values.
     * Saved in the folder; returns its file.
     */
    static Path tinyConvection(Path folder) throws Exception {
        Path file = copy("convection", folder);
        Study study = StudyFiles.load(file);
        var method = study.getMethod();
        method.getNetwork().getHiddenWidths().clear();
        method.getNetwork().getHiddenWidths().addAll(List.of(12, 12));
        method.getLora().setRank(1);
        var hyper = method.getHypernetwork();
        hyper.getHiddenWidths().clear();
        hyper.getHiddenWidths().add(8);
        hyper.setRegressionIterations(60);
        hyper.setPhysicsRounds(2);
        hyper.setIterationsPerRound(15);
        hyper.setBatchSize(3);
        var training = method.getTraining();
        training.setCollocationPoints(200);
        training.setBoundaryPoints(40);
        iterations(training.getBaseStages(), 300, 100);
        iterations(training.getFitStages(), 40, 40);
        study.getParameterSets().get(0).setCount(4);
        study.getParameterSets().get(1).setCount(2);
        StudyFiles.save(study, file);
        return file;
    }

    private static void iterations(List<OptimizerStage> stages, int adam, int lbfgs) {
        stages.get(0).setIterations(adam);
        stages.get(0).setLearningRate(0.01);
        stages.get(1).setIterations(lbfgs);
    }
}
