package org.hyperlora.ui.selftest;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.ide.IDE;
import org.hyperlora.ui.editor.OverviewPage;
import org.hyperlora.ui.editor.StudyEditor;

/**
 * Self-test of a running HyperLoRA Workbench product, for the install test only (this bundle is in no feature and
 * no product; the test adds it to a copy of the materialized product). Inert unless the system property
 * {@value #STUDY} names a study file; then, once the workbench window is up, it opens the study in the HyperLoRA
 * Study Editor, checks the Overview page's verdict, saves a screenshot of the window, writes a report and closes
 * the workbench.
 * <ul>
 * <li>{@value #STUDY}: the .hyperlora file to open</li>
 * <li>{@value #SCREENSHOT}: the PNG to write (default hyperlora-workbench.png)</li>
 * <li>{@value #RESULT}: the report; its first line is PASSED or FAILED (default hyperlora-selftest.txt)</li>
 * <li>{@value #TIMEOUT}: seconds to wait for the workbench window (default 120)</li>
 * <li>{@value #TITLE}: what the window title must contain (default HyperLoRA Workbench)</li>
 * </ul>
 * Each setting may also come from the environment variable of the same name in capitals with underscores.
 * <ul>
 * </ul>
 */
public class SelfTest implements IStartup {

    public static final String STUDY = "hyperlora.selftest";
    public static final String SCREENSHOT = "hyperlora.selftest.screenshot";
    public static final String RESULT = "hyperlora.selftest.result";
    public static final String TIMEOUT = "hyperlora.selftest.timeout";
    /** What the window title must contain (default: HyperLoRA Workbench; an IDE with our features: Eclipse). */
    public static final String TITLE = "hyperlora.selftest.title";

    /** The window size of the screenshot (fits the 1280 x 1024 virtual screen the tests use). */
    static final int WIDTH = 1280;
    static final int HEIGHT = 960;

    /**
     * A setting from the system property, else from the environment variable of the same name in capitals with
     * underscores (HYPERLORA_SELFTEST_SCREENSHOT): paths with spaces pass through the environment unharmed.
     */
    static String setting(String property, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase(java.util.Locale.ROOT).replace('.', '_'));
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public void earlyStartup() {
        String study = setting(STUDY, null);
        if (study == null || study.isBlank()) {
            return;
        }
        // not on the early-startup job: let the workbench finish starting while this waits for its window
        Thread thread = new Thread(() -> run(Path.of(study).toAbsolutePath()), "HyperLoRA workbench self-test");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run(Path study) {
        Path result = Path.of(setting(RESULT, "hyperlora-selftest.txt")).toAbsolutePath();
        Path screenshot = Path.of(setting(SCREENSHOT, "hyperlora-workbench.png")).toAbsolutePath();
        long timeoutMillis = Long.parseLong(setting(TIMEOUT, "120")) * 1000;
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        List<String> report = new ArrayList<>();
        boolean passed = false;
        try {
            IWorkbenchWindow window = waitForWindow(workbench, display, timeoutMillis);
            String title = onUi(display, () -> {
                Shell shell = window.getShell();
                shell.setBounds(0, 0, WIDTH, HEIGHT);
                return shell.getText();
            });
            report.add("window: '" + title + "'");
            String product = setting(TITLE, "HyperLoRA Workbench");
            if (!title.contains(product)) {
                throw new IllegalStateException("the window title does not name the product '" + product + "': '"
                        + title + "'");
            }

            String editorTitle = onUi(display, () -> {
                IEditorPart part = IDE.openEditorOnFileStore(window.getActivePage(),
                        EFS.getLocalFileSystem().getStore(study.toUri()));
                if (!(part instanceof StudyEditor editor)) {
                    throw new IllegalStateException(study + " opened in "
                            + (part == null ? "no editor" : part.getClass().getName()) + ", not the HyperLoRA Study Editor");
                }
                editor.setActivePage(OverviewPage.ID);
                return editor.getTitle();
            });
            settle(display);
            String status = onUi(display, () -> {
                StudyEditor editor = (StudyEditor) window.getActivePage().getActiveEditor();
                IFormPage page = editor.getActivePageInstance();
                if (!(page instanceof OverviewPage overview)) {
                    throw new IllegalStateException("the active page is " + (page == null ? "none" : page.getId()));
                }
                return overview.statusLabel().getText();
            });
            report.add("editor: " + editorTitle + " in the HyperLoRA Study Editor, Overview: " + status);
            if (!status.startsWith("The study is valid")) {
                throw new IllegalStateException("the Overview does not call the study valid: '" + status + "'");
            }

            settle(display);
            String image = onUi(display, () -> screenshot(window.getShell(), screenshot));
            report.add("screenshot: " + screenshot + " (" + image + ")");
            passed = true;
        } catch (Throwable t) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            report.add("error: " + t);
            report.add(trace.toString());
        } finally {
            report.add(0, passed ? "PASSED" : "FAILED");
            try {
                Files.createDirectories(result.getParent());
                Files.write(result, report, StandardCharsets.UTF_8);
            } catch (Exception e) {
                System.err.println("hyperlora selftest: cannot write " + result + ": " + e);
            }
            System.out.println("hyperlora selftest: " + String.join(System.lineSeparator() + "  ", report));
            if (!display.isDisposed()) {
                display.asyncExec(workbench::close);
            }
        }
    }

    /** The first workbench window once it is visible. */
    private static IWorkbenchWindow waitForWindow(IWorkbench workbench, Display display, long timeoutMillis)
            throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (true) {
            IWorkbenchWindow window = onUi(display, () -> {
                IWorkbenchWindow candidate = workbench.getActiveWorkbenchWindow();
                if (candidate == null && workbench.getWorkbenchWindowCount() > 0) {
                    candidate = workbench.getWorkbenchWindows()[0];
                }
                return candidate != null && candidate.getShell() != null && candidate.getShell().isVisible()
                        && candidate.getActivePage() != null ? candidate : null;
            });
            if (window != null) {
                return window;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("no workbench window after " + timeoutMillis / 1000 + " s");
            }
            Thread.sleep(250);
        }
    }

    /** Lets the UI thread lay out and paint what the last steps changed. */
    private static void settle(Display display) throws Exception {
        for (int round = 0; round < 8; round++) {
            Thread.sleep(250);
            onUi(display, () -> {
                while (display.readAndDispatch()) {
                    // drain the queue: the editor refreshes its pages asynchronously
                }
                return null;
            });
        }
    }

    /** The window as a PNG; returns its size and the number of distinct colours in a sample (a blank image has 1). */
    private static String screenshot(Shell shell, Path file) throws Exception {
        Display display = shell.getDisplay();
        shell.update();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        try {
            GC gc = new GC(display);
            try {
                gc.copyArea(image, bounds.x, bounds.y);
            } finally {
                gc.dispose();
            }
            ImageData data = image.getImageData();
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < data.height; y += Math.max(1, data.height / 64)) {
                for (int x = 0; x < data.width; x += Math.max(1, data.width / 64)) {
                    colours.add(data.getPixel(x, y));
                }
            }
            if (colours.size() < 8) {
                throw new IllegalStateException("the screenshot is nearly blank (" + colours.size() + " colours)");
            }
            Files.createDirectories(file.getParent());
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {data};
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return data.width + " x " + data.height + ", " + colours.size() + " colours in a 64 x 64 sample";
        } finally {
            image.dispose();
        }
    }

    @FunctionalInterface
    private interface UiCall<T> {
        T call() throws Exception;
    }

    /** Runs on the UI thread and returns its value, rethrowing what it threw. */
    private static <T> T onUi(Display display, UiCall<T> call) throws Exception {
        AtomicReference<T> value = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                value.set(call.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return value.get();
    }
}
