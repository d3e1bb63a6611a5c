package org.hyperlora.model.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.hyperlora.model.ParameterSetRole;
import org.hyperlora.model.Study;
import org.hyperlora.model.mapping.TrainingProfile;

/**
 * The SHA-256 of the settings that decide what a training produces: the family, the method, the training values and
 * the profile — not the study's name, description, held-out values, exact reference (it only scores the result) or
 * results. A surrogate records it (so one
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
        if (copy.getFamily() != null) {
            copy.getFamily().setReference(null);
        }
        XMIResourceImpl resource = new XMIResourceImpl();
        resource.getContents().add(copy);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            resource.save(bytes, null);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes.toByteArray());
            digest.update(profile.literal().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize study '" + study.getName() + "' for its fingerprint", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
