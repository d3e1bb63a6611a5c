package org.hyperlora.runner;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Publishes a run's progress, metrics and messages as OSGi events (topics under {@value #TOPIC_ROOT}, for live
 * views such as the training monitor) and logs stages, metrics and messages. Without an EventAdmin service the
 * events are simply not sent.
 */
public final class RunEvents implements RunListener {

    public static final String TOPIC_ROOT = "org/hyperlora/runner/";
    public static final String TOPIC_STAGE = TOPIC_ROOT + "stage";
    public static final String TOPIC_PROGRESS = TOPIC_ROOT + "progress";
    /** Properties stage, optimizerStage, step, terms (String[]) and values (double[]). */
    public static final String TOPIC_LOSSES = TOPIC_ROOT + "losses";
    public static final String TOPIC_METRIC = TOPIC_ROOT + "metric";
    public static final String TOPIC_MESSAGE = TOPIC_ROOT + "message";

    private final String study;
    private final RunListener next;
    private final ILog log = logOrNull();

    public RunEvents(String study) {
        this(study, RunListener.NONE);
    }

    /** Also forwards every call to {@code next} (e.g. a terminal progress bar). */
    public RunEvents(String study, RunListener next) {
        this.study = study;
        this.next = next;
    }

    @Override
    public void onStage(int stage, int stages, String name, String description) {
        info("Training " + study + ": stage " + stage + "/" + stages + " " + name + ": " + description);
        post(TOPIC_STAGE, Map.of("stage", stage, "stages", stages, "name", name, "description", description));
        next.onStage(stage, stages, name, description);
    }

    @Override
    public void onProgress(String stage, int done, int total, double loss, double secondsRemaining) {
        post(TOPIC_PROGRESS, Map.of("stage", stage, "done", done, "total", total, "loss", loss, "secondsRemaining",
                secondsRemaining));
        next.onProgress(stage, done, total, loss, secondsRemaining);
    }

    @Override
    public void onLosses(String stage, String optimizerStage, int step, List<String> termNames, double[] termLosses) {
        post(TOPIC_LOSSES, Map.of("stage", stage, "optimizerStage", optimizerStage, "step", step, "terms",
                termNames.toArray(String[]::new), "values", termLosses.clone()));
        next.onLosses(stage, optimizerStage, step, termNames, termLosses);
    }

    @Override
    public void onMetric(String stage, String name, double value, String at) {
        info(String.format(Locale.ROOT, "Training %s: %s %s = %.4e%s", study, stage, name, value,
                at == null || at.isEmpty() ? "" : " at " + at));
        post(TOPIC_METRIC, Map.of("stage", stage, "name", name, "value", value, "at", at == null ? "" : at));
        next.onMetric(stage, name, value, at);
    }

    @Override
    public void onMessage(String message) {
        info("Training " + study + ": " + message);
        post(TOPIC_MESSAGE, Map.of("message", message));
        next.onMessage(message);
    }

    /** The bundle's log; null outside OSGi, where the lines are simply not logged. */
    private static ILog logOrNull() {
        try {
            return ILog.of(RunEvents.class);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void info(String message) {
        if (log != null) {
            log.info(message);
        }
    }

    private void post(String topic, Map<String, Object> properties) {
        Bundle bundle = FrameworkUtil.getBundle(RunEvents.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return;
        }
        try {
            ServiceReference<EventAdmin> reference = context.getServiceReference(EventAdmin.class);
            if (reference == null) {
                return;
            }
            EventAdmin admin = context.getService(reference);
            if (admin != null) {
                Map<String, Object> all = new HashMap<>(properties);
                all.put("study", study);
                admin.postEvent(new Event(topic, all));
                context.ungetService(reference);
            }
        } catch (IllegalStateException | NoClassDefFoundError e) {
            // the framework is stopping, or EventAdmin is not installed: nothing listens
        }
    }
}
