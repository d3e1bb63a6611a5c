package org.hyperlora.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** Driving a running workbench from a test on its UI thread. */
final class UiTests {

    private UiTests() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Runs the event loop until the queue stays empty (pages refresh asynchronously after a command). */
    static void pump() {
        Display display = Display.getCurrent();
        for (int round = 0; round < 50; round++) {
            while (display.readAndDispatch()) {
                // drain
            }
        }
    }

    /** Runs the event loop until the condition holds; fails with the message after the timeout. */
    static void waitFor(String what, long timeoutMillis, BooleanSupplier condition) throws InterruptedException {
        waitFor(what, timeoutMillis, condition, () -> "");
    }

    /** As above; on a timeout the message ends with what {@code state} says (e.g. a view's status line). */
    static void waitFor(String what, long timeoutMillis, BooleanSupplier condition,
            java.util.function.Supplier<String> state) throws InterruptedException {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out after " + timeoutMillis + " ms waiting for " + what + " "
                        + state.get());
            }
            if (!display.readAndDispatch()) {
                // sleep as the workbench's own loop does (woken at once by asyncExec), at most 20 ms
                display.timerExec(20, () -> {
                });
                display.sleep();
            }
        }
        pump();
    }

    /** Cancels the trainings a test left running (a failed test must not slow the next one) and waits for them. */
    static void cancelTrainings() throws InterruptedException {
        var manager = org.eclipse.core.runtime.jobs.Job.getJobManager();
        manager.cancel(org.hyperlora.runner.TrainingJob.FAMILY);
        waitFor("the trainings to stop", 60_000, () -> manager.find(org.hyperlora.runner.TrainingJob.FAMILY).length == 0);
    }

    /** Runs the event loop for a while (views that refresh on their own schedule, e.g. the Problems view). */
    static void settle(long millis) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        waitFor("nothing", millis + 1000, () -> System.currentTimeMillis() >= until);
    }

    /** Copies an example into the folder and opens the copy in the study editor (as a file outside the workspace). */
    static org.hyperlora.ui.editor.StudyEditor openCopy(Path folder, String example) throws Exception {
        Path file = folder.resolve(example);
        Files.copy(example(example), file);
        return (org.hyperlora.ui.editor.StudyEditor) org.eclipse.ui.ide.IDE.openEditorOnFileStore(page(),
                org.eclipse.core.filesystem.EFS.getLocalFileSystem().getStore(file.toUri()));
    }

    /** A copy of an example in a workspace project (made and opened when needed), as a user's study is. */
    static org.eclipse.core.resources.IFile workspaceCopy(org.eclipse.core.resources.IProject project, String example)
            throws Exception {
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        org.eclipse.core.resources.IFile file = project.getFile(example);
        try (java.io.InputStream content = Files.newInputStream(example(example))) {
            file.create(content, true, null);
        }
        return file;
    }

    static Path example(String name) {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null) {
            Path candidate = directory.resolve("examples").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            directory = directory.getParent();
        }
        throw new IllegalStateException("examples/" + name + " not found");
    }

    /** A screenshot of the workbench window under target/screenshots/, for review. */
    static void screenshot(String name) throws Exception {
        pump();
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        var bounds = shell.getBounds();
        save(name, grab(shell.getDisplay(), bounds.x, bounds.y, bounds.width, bounds.height));
    }

    /** What the control shows on the screen now, pixel for pixel. */
    static ImageData pixels(Control control) {
        pump();
        control.update(); // a paint still pending (a picture set just now) is done before the screen is read
        control.getDisplay().update();
        var origin = control.toDisplay(0, 0);
        var size = control.getSize();
        return grab(control.getDisplay(), origin.x, origin.y, size.x, size.y);
    }

    private static ImageData grab(Display display, int x, int y, int width, int height) {
        Image image = new Image(display, width, height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, x, y);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    static void save(String name, ImageData data) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {data};
        loader.save(folder.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
    }

    /** 0xRRGGBB of a pixel of image data in any SWT palette. */
    static int rgb(ImageData data, int x, int y) {
        var color = data.palette.getRGB(data.getPixel(x, y));
        return color.red << 16 | color.green << 8 | color.blue;
    }
}
