package org.hyperlora.solver.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.hyperlora.engine.hyper.StudySetup;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.train.Trainer;
import org.hyperlora.engine.train.TrainingListener;
import org.hyperlora.engine.train.TrainingProgress;
import org.hyperlora.engine.train.TrainingResult;
import org.hyperlora.model.mapping.FamilyNames;
import org.hyperlora.model.mapping.StudyMappingException;
import org.hyperlora.solver.Applicability;
import org.hyperlora.solver.BuiltinSolvers;
import org.hyperlora.solver.FieldSolution;
import org.hyperlora.solver.SolverException;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.solver.SurrogateSolverProvider;
import org.hyperlora.solver.Validity;

/**
 * The slow path: trains a PINN from scratch at the requested parameter values with the study's base training
 * plan (seconds to minutes), e.g. for a value outside the surrogate's trained range. The last few trained
 * networks are kept, so repeated solves at the same values cost one evaluation.
 */
public final class RetrainPinnSolverProvider implements SurrogateSolverProvider {

    public static final String ID = BuiltinSolvers.RETRAIN;

    @Override
    public Applicability appliesTo(StudyContext study) {
        try {
            study.engineStudy();
            return Applicability.yes();
        } catch (StudyMappingException e) {
            String message = e.getMessage();
            int line = message.indexOf('\n');
            return Applicability.no(line < 0 ? message : message.substring(0, line) + " " + message.substring(line + 1)
                    .lines().findFirst().orElse(""));
        }
    }

    @Override
    public SurrogateSolver open(StudyContext study, IProgressMonitor monitor) throws SolverException {
        try {
            StudySetup engineStudy = study.engineStudy();
            return new RetrainSolver(engineStudy);
        } catch (StudyMappingException e) {
            throw new SolverException("retrain-a-PINN: cannot solve " + study.label() + ": " + e.getMessage(), e);
        }
    }

    /** Trains per parameter vector; one training at a time per solver. */
    static final class RetrainSolver extends StudySolver {
        private static final int KEPT_NETWORKS = 4;

        private final StudySetup study;
        private final Map<List<Double>, double[]> trained = new LinkedHashMap<>(8, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<List<Double>, double[]> eldest) {
                return size() > KEPT_NETWORKS;
            }
        };

        /** Set by {@link #close()}: a training in progress stops at its next step. */
        private volatile boolean closed;

        RetrainSolver(StudySetup study) {
            super(ID, "PINN retrained from scratch",
                    new FamilyNames(study.coordinates(), study.fields(), study.range().names()));
            this.study = study;
        }

        /**
         * Any value whose loss a network can start from: the PDE may mean little far outside the study's range, but
         * where even an untrained network's loss overflows (nu = 1e308) no training can begin.
         */
        @Override
        public Validity validity(double[] parameterValues) {
            names.checkShapes(parameterValues, new double[study.coordinates().size()]);
            Mlp network = study.newNetwork();
            double loss = study.loss(network, parameterValues).value(network.parameters());
            return Double.isFinite(loss) ? Validity.within()
                    : Validity.outside("the loss of the PDE at " + names.describe(parameterValues) + " is " + loss
                            + " for an untrained network: no PINN can be trained there");
        }

        @Override
        public synchronized FieldSolution solve(double[] parameterValues, double[] points, IProgressMonitor monitor)
                throws SolverException {
            names.checkShapes(parameterValues, points);
            if (closed) {
                throw new IllegalStateException(name() + " is closed");
            }
            long start = System.nanoTime();
            Mlp network = study.newNetwork();
            List<Double> key = Arrays.stream(parameterValues).boxed().toList();
            double[] weights = trained.get(key);
            if (weights == null) {
                weights = train(network, parameterValues, monitor);
                trained.put(key, weights);
            }
            network.setParameters(weights);
            double[][] values = study.problem().fieldValues(network, parameterValues, points);
            return new FieldSolution(parameterValues, study.fields(), values, Validity.within(),
                    System.nanoTime() - start);
        }

        private double[] train(Mlp network, double[] parameterValues, IProgressMonitor monitor)
                throws SolverException {
            int totalSteps = 0;
            int[] stageStart = new int[study.baseStages().size()];
            for (int s = 0; s < study.baseStages().size(); s++) {
                stageStart[s] = totalSteps;
                totalSteps += study.baseStages().get(s).plannedSteps();
            }
            String what = "Training a PINN at " + names.describe(parameterValues);
            int steps = totalSteps;
            SubMonitor progress = SubMonitor.convert(monitor, what, steps);
            int[] reported = {0};
            TrainingListener listener = new TrainingListener() {
                @Override
                public void onProgress(TrainingProgress p) {
                    int done = Math.min(steps, stageStart[p.stageIndex()] + p.step());
                    if (done > reported[0]) {
                        progress.worked(done - reported[0]);
                        reported[0] = done;
                    }
                    progress.subTask(String.format(java.util.Locale.ROOT, "%s step %d/%d, loss %.3e", p.stageName(),
                            p.step(), p.stageSteps(), p.loss()));
                }

                @Override
                public boolean isCancelled() {
                    return closed || progress.isCanceled();
                }
            };
            TrainingResult result;
            try {
                result = new Trainer(study.loss(network, parameterValues), study.baseStages()).train(network.parameters(),
                        listener);
            } catch (RuntimeException e) {
                throw new SolverException("retrain-a-PINN at " + names.describe(parameterValues) + ": training failed: "
                        + e.getMessage(), e);
            }
            switch (result.status()) {
            case CANCELLED -> throw new OperationCanceledException();
            case DIVERGED -> throw new SolverException("retrain-a-PINN at " + names.describe(parameterValues)
                    + ": training diverged (" + result.message() + ")");
            default -> {
                return result.weights();
            }
            }
        }

        /** Stops a training in progress (its solve throws OperationCanceledException) and drops the networks. */
        @Override
        public void close() {
            closed = true;
            synchronized (this) {
                trained.clear();
            }
        }
    }
}
