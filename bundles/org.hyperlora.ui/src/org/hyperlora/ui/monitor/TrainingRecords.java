package org.hyperlora.ui.monitor;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.hyperlora.runner.RunEvents;
import org.hyperlora.runner.TrainingJob;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * What the latest training has reported, collected from the moment its job is scheduled whether or not the monitor
 * view is open: stages, progress, per-term loss curves, metrics and messages (from the runner's OSGi events) and the
 * job's end. Listeners are told of every change, on whatever thread it came.
 */
public final class TrainingRecords {

    /** The most points kept per curve; beyond it every other point is dropped (the curve keeps its shape). */
    static final int MAX_POINTS_PER_CURVE = 4000;

    /** One stage of the runner (base PINN, LoRA fits, hypernetwork, evaluation). */
    public static final class Stage {
        public final int number;
        public final String name;
        public final String description;
        volatile String state = "running";

        Stage(int number, String name, String description) {
            this.number = number;
            this.name = name;
            this.description = description;
        }

        public String state() {
            return state;
        }
    }

    /** A loss curve: the values of one term over the steps of one network stage. */
    public static final class Curve {
        private double[] steps = new double[64];
        private double[] values = new double[64];
        private int size;

        synchronized void add(double step, double value) {
            if (size == MAX_POINTS_PER_CURVE) {
                for (int k = 0; k < size / 2; k++) {
                    steps[k] = steps[2 * k + 1];
                    values[k] = values[2 * k + 1];
                }
                size /= 2;
            }
            if (size == steps.length) {
                steps = java.util.Arrays.copyOf(steps, size * 2);
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            steps[size] = step;
            values[size] = value;
            size++;
        }

        public synchronized double[] steps() {
            return java.util.Arrays.copyOf(steps, size);
        }

        public synchronized double[] values() {
            return java.util.Arrays.copyOf(values, size);
        }

        public synchronized int size() {
            return size;
        }

        /** Steps and values taken together: {@code [steps, values]} of equal length. */
        public synchronized double[][] snapshot() {
            return new double[][] {java.util.Arrays.copyOf(steps, size), java.util.Arrays.copyOf(values, size)};
        }
    }

    /** One training: its job (null for a run without one, e.g. a workflow step) and what it reported. */
    public static final class Run {
        public final String study;
        public final Job job;
        final List<Stage> stages = new CopyOnWriteArrayList<>();
        final Map<String, Curve> curves = new LinkedHashMap<>();
        final List<String> lines = new CopyOnWriteArrayList<>();
        volatile int stageCount;
        volatile String stage = "";
        volatile int done;
        volatile int total;
        volatile double loss = Double.NaN;
        volatile double secondsRemaining = Double.NaN;
        volatile IStatus result;

        Run(String study, Job job) {
            this.study = study;
            this.job = job;
        }

        public List<Stage> stages() {
            return List.copyOf(stages);
        }

        /** The curves by "stage: term" in the order they first reported. */
        public Map<String, Curve> curves() {
            synchronized (curves) {
                return new LinkedHashMap<>(curves);
            }
        }

        public List<String> lines() {
            return List.copyOf(lines);
        }

        public int stageCount() {
            return stageCount;
        }

        public String currentStage() {
            return stage;
        }

        public int done() {
            return done;
        }

        public int total() {
            return total;
        }

        public double loss() {
            return loss;
        }

        public double secondsRemaining() {
            return secondsRemaining;
        }

        /** The job's end: null while it runs. */
        public IStatus result() {
            return result;
        }

        public boolean running() {
            return result == null;
        }
    }

    private static TrainingRecords instance;

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final List<java.util.function.Consumer<Run>> startListeners = new CopyOnWriteArrayList<>();
    private volatile Run current;

    private TrainingRecords() {
    }

    /** The records, listening from the first call on (the workbench's early start-up makes that call). */
    public static synchronized TrainingRecords instance() {
        if (instance == null) {
            instance = new TrainingRecords();
            instance.listen();
        }
        return instance;
    }

    private void listen() {
        Job.getJobManager().addJobChangeListener(new JobChangeAdapter() {
            // when it runs, not when it is scheduled: a second training of the same study waits for the first
            @Override
            public void running(IJobChangeEvent event) {
                if (event.getJob() instanceof TrainingJob job && (current == null || current.job != job)) {
                    start(new Run(job.studyName(), job));
                }
            }

            @Override
            public void done(IJobChangeEvent event) {
                Run run = current;
                if (run != null && run.job == event.getJob()) {
                    run.result = event.getResult();
                    run.lines.add(switch (event.getResult().getSeverity()) {
                        case IStatus.OK -> "Training finished.";
                        case IStatus.CANCEL -> "Training cancelled.";
                        default -> "Training failed: " + event.getResult().getMessage();
                    });
                    for (Stage stage : run.stages) {
                        if (stage.state.equals("running")) {
                            stage.state = event.getResult().isOK() ? "done" : event.getResult().getSeverity()
                                    == IStatus.CANCEL ? "cancelled" : "failed";
                        }
                    }
                    changed();
                }
            }
        });
        Bundle bundle = FrameworkUtil.getBundle(TrainingRecords.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context != null) {
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put(EventConstants.EVENT_TOPIC, RunEvents.TOPIC_ROOT + "*");
            context.registerService(EventHandler.class, this::handle, properties);
        }
    }

    private void start(Run run) {
        current = run;
        startListeners.forEach(listener -> listener.accept(run));
        changed();
    }

    /** Takes one runner event; events of another study than the current run's are ignored. */
    void handle(Event event) {
        String study = String.valueOf(event.getProperty("study"));
        Run run = current;
        if (event.getTopic().equals(RunEvents.TOPIC_STAGE) && Integer.valueOf(1).equals(event.getProperty("stage"))
                && (run == null || run.job == null || !run.running())) {
            // a training without a job of its own (a workflow step) starts; it has no end event, so each first
            // stage starts a new run
            run = new Run(study, null);
            start(run);
        }
        if (run == null || !run.study.equals(study)) {
            return;
        }
        boolean late = run.job != null && !run.running();
        if (late && !event.getTopic().equals(RunEvents.TOPIC_METRIC) && !event.getTopic().equals(RunEvents.TOPIC_MESSAGE)) {
            return; // events are delivered asynchronously: progress after the job's end changes nothing
        }
        switch (event.getTopic()) {
            case RunEvents.TOPIC_STAGE -> {
                for (Stage stage : run.stages) {
                    stage.state = "done";
                }
                run.stageCount = (Integer) event.getProperty("stages");
                run.stages.add(new Stage((Integer) event.getProperty("stage"), (String) event.getProperty("name"),
                        (String) event.getProperty("description")));
                run.done = 0;
                run.total = 0;
            }
            case RunEvents.TOPIC_PROGRESS -> {
                run.stage = (String) event.getProperty("stage");
                run.done = (Integer) event.getProperty("done");
                run.total = (Integer) event.getProperty("total");
                run.loss = (Double) event.getProperty("loss");
                run.secondsRemaining = (Double) event.getProperty("secondsRemaining");
            }
            case RunEvents.TOPIC_LOSSES -> {
                String stage = (String) event.getProperty("stage");
                int step = (Integer) event.getProperty("step");
                String[] terms = (String[]) event.getProperty("terms");
                double[] values = (double[]) event.getProperty("values");
                synchronized (run.curves) {
                    for (int t = 0; t < terms.length && t < values.length; t++) {
                        if (!Double.isFinite(values[t])) {
                            continue; // a term this stage does not compute
                        }
                        run.curves.computeIfAbsent(stage + ": " + terms[t], key -> new Curve()).add(step, values[t]);
                    }
                }
            }
            case RunEvents.TOPIC_METRIC -> {
                String at = (String) event.getProperty("at");
                run.lines.add(String.format(Locale.ROOT, "%s %s = %.4e%s", event.getProperty("stage"),
                        event.getProperty("name"), (Double) event.getProperty("value"),
                        at == null || at.isEmpty() ? "" : " at " + at));
            }
            case RunEvents.TOPIC_MESSAGE -> run.lines.add(String.valueOf(event.getProperty("message")));
            default -> {
                return;
            }
        }
        changed();
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    /** The latest training, or null before the first. */
    public Run current() {
        return current;
    }

    /** Told of every change (any thread). */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Told when a training starts (any thread): the workbench opens the monitor then. */
    public void onStart(java.util.function.Consumer<Run> listener) {
        startListeners.add(listener);
    }

    /** The curves with at least two points, each as one consistent {@code [steps, values]} snapshot. */
    static Map<String, double[][]> drawable(Run run) {
        Map<String, double[][]> drawable = new LinkedHashMap<>();
        run.curves().forEach((name, curve) -> {
            double[][] snapshot = curve.snapshot();
            if (snapshot[0].length > 1) {
                drawable.put(name, snapshot);
            }
        });
        return drawable;
    }
}
