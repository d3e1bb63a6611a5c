package org.hyperlora.ui.monitor;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Starts recording trainings when the workbench starts and brings the training monitor forward (without taking the
 * focus) whenever a training starts, from the editor, a launch configuration or a workflow.
 */
public final class TrainingMonitorStartup implements IStartup {

    @Override
    public void earlyStartup() {
        install();
    }

    /** Idempotent; the study editor also calls it before it trains. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        TrainingRecords.instance().onStart(run -> {
            if (!PlatformUI.isWorkbenchRunning()) {
                return;
            }
            var display = PlatformUI.getWorkbench().getDisplay();
            display.asyncExec(() -> {
                IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
                if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
                    window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
                }
                if (window != null && window.getActivePage() != null) {
                    try {
                        window.getActivePage().showView(TrainingMonitorView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
                    } catch (PartInitException e) {
                        org.eclipse.core.runtime.ILog.of(TrainingMonitorStartup.class).error(
                                "The training monitor could not open: " + e.getMessage(), e);
                    }
                }
            });
        });
    }

    private static boolean installed;
}
