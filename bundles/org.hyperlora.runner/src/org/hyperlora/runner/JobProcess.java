package org.hyperlora.runner;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IStreamsProxy;

/**
 * A launched job (a training, a workflow) as a process of its launch: the Debug view shows it running, Terminate
 * cancels the job, and the launch ends (and can be removed) when the job does. Exit value 0 for a finished job, 1 for
 * a failed one, 2 for a cancelled one.
 */
public final class JobProcess implements IProcess {

    private final ILaunch launch;
    private final Job job;
    private final Map<String, String> attributes = new HashMap<>();
    private volatile IStatus result;

    public JobProcess(ILaunch launch, Job job) {
        this.launch = launch;
        this.job = job;
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                result = event.getResult();
                fire(DebugEvent.TERMINATE);
            }
        });
        launch.addProcess(this);
        fire(DebugEvent.CREATE);
    }

    private void fire(int kind) {
        DebugPlugin plugin = DebugPlugin.getDefault();
        if (plugin != null) {
            plugin.fireDebugEventSet(new DebugEvent[] {new DebugEvent(this, kind)});
        }
    }

    @Override
    public String getLabel() {
        return job.getName();
    }

    @Override
    public ILaunch getLaunch() {
        return launch;
    }

    @Override
    public IStreamsProxy getStreamsProxy() {
        return null; // progress goes to the Progress view (and the training monitor, a console), not to a stream
    }

    @Override
    public void setAttribute(String key, String value) {
        attributes.put(key, value);
    }

    @Override
    public String getAttribute(String key) {
        return attributes.get(key);
    }

    @Override
    public int getExitValue() throws DebugException {
        IStatus done = result;
        if (done == null) {
            throw new DebugException(Status.error(job.getName() + " is still running"));
        }
        return done.isOK() ? 0 : done.getSeverity() == IStatus.CANCEL ? 2 : 1;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean canTerminate() {
        return result == null;
    }

    @Override
    public boolean isTerminated() {
        return result != null;
    }

    @Override
    public void terminate() {
        job.cancel();
    }
}
