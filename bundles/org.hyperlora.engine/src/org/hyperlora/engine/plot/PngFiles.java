package org.hyperlora.engine.plot;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import javax.imageio.ImageIO;

/** Writes PNG files so that readers never see a half-written image. */
final class PngFiles {

    private PngFiles() {
    }

    /**
     * Writes the image to a temporary file next to {@code file}, then moves it over {@code file}
     * (atomically where the file system allows). Creates missing parent directories.
     */
    static void write(RenderedImage image, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path directory = target.getParent();
        Files.createDirectories(directory);
        // Same directory as the target, so the move is a rename rather than a copy. Not
        // Files.createTempFile: its owner-only permissions would carry over to the PNG.
        Path temporary = directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException("javax.imageio has no PNG writer");
                }
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
