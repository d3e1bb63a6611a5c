package org.hyperlora.model.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.hyperlora.model.ParameterSetRole;
import org.hyperlora.model.Reference;
import org.hyperlora.model.ReferenceKind;
import org.hyperlora.model.Study;
import org.hyperlora.model.mapping.TrainingProfile;
import org.hyperlora.model.validation.StudyChecks;

/**
 * The SHA-256 of the settings that decide what a training produces: the family, the method, the training values and
 * the profile, and a data file trained on (its name, weight and contents) — not the study's name, description, held-out
 * values, a reference that only scores the result, or results. A surrogate records it (so one
 * trained from other settings is never taken for the study's), and so do training checkpoints (so they are never
 * resumed for a changed study).
 */
public final class StudyFingerprint {

    private StudyFingerprint() {
    }

    /** The fingerprint of the study as {@code profile} trains it, in lower-case hex. */
    public static String of(Study study, TrainingProfile profile) {
        Study copy = EcoreUtil.copy(profile.apply(study));
        copy.setResults(null);
        copy.setName(null);
        copy.setDescription(null);
        copy.getParameterSets().removeIf(set -> set.getRole() == ParameterSetRole.TEST);
        Path trainedData = null;
        if (copy.getFamily() != null) {
            Reference reference = copy.getFamily().getReference();
            if (reference != null && reference.getKind() == ReferenceKind.DATA_FILE && reference.getDataWeight() > 0) {
                trainedData = StudyChecks.resolve(study.getFamily().getReference(), reference.getDataFile());
                reference.getMeanShiftedFields().clear(); // scores only
            } else {
                copy.getFamily().setReference(null);
            }
        }
        XMIResourceImpl resource = new XMIResourceImpl();
        resource.getContents().add(copy);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            resource.save(bytes, null);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes.toByteArray());
            digest.update(profile.literal().getBytes(StandardCharsets.UTF_8));
            if (trainedData != null && Files.isRegularFile(trainedData)) {
                digest.update(Files.readAllBytes(trainedData)); // the data the training fits, not only its name
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize study '" + study.getName() + "' for its fingerprint", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
