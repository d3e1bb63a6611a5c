package org.hyperlora.model.validation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.hyperlora.engine.hyper.ParameterRange;
import org.hyperlora.engine.reference.ReferenceSolution;
import org.hyperlora.engine.sampling.SamplerKind;
import org.hyperlora.engine.train.PinnProblem;
import org.hyperlora.engine.train.ReferenceFit;
import org.hyperlora.model.PdeFamily;
import org.hyperlora.model.mapping.StudyMapping;

/**
 * Whether a built-in reference solves a family as edited, at the ends and the middle of its parameter range
 * ({@link ReferenceFit}), so that it is never called exact for a study it does not solve. Results are kept by the
 * family's content: the editor validates after every change, and most changes do not touch the PDE.
 */
final class ReferenceCheck {

    private static final Map<String, Optional<ReferenceFit.Mismatch>> CHECKED = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<ReferenceFit.Mismatch>> eldest) {
            return size() > 16;
        }
    };

    private ReferenceCheck() {
    }

    /** The worst term the reference does not satisfy, or empty (also when the family is invalid: reported there). */
    static Optional<ReferenceFit.Mismatch> mismatch(PdeFamily family, ReferenceSolution reference) {
        String key = reference.name() + "\n" + content(family);
        synchronized (CHECKED) {
            Optional<ReferenceFit.Mismatch> known = CHECKED.get(key);
            if (known != null) {
                return known;
            }
        }
        PdeFamily withoutReference = EcoreUtil.copy(family);
        withoutReference.setReference(null);
        // a family with errors of its own (an empty condition, two conditions on one face) is reported there; its
        // reference is checked once the family itself is sound
        Optional<ReferenceFit.Mismatch> result = Diagnostician.INSTANCE.validate(withoutReference)
                .getSeverity() >= Diagnostic.ERROR ? Optional.empty() : fit(family, reference);
        synchronized (CHECKED) {
            CHECKED.put(key, result);
        }
        return result;
    }

    private static Optional<ReferenceFit.Mismatch> fit(PdeFamily family, ReferenceSolution reference) {
        try {
            PinnProblem problem = StudyMapping.problem(family).collocation(1200, SamplerKind.SOBOL).boundaryPoints(150)
                    .seed(1).build();
            ParameterRange range = StudyMapping.rangeOf(family.getParameters());
            return ReferenceFit.worst(problem, reference, new double[][] { range.lower(), range.middle(),
                    range.upper() });
        } catch (RuntimeException invalid) {
            return Optional.empty(); // what the family's own checks do not catch is not the reference's to report
        }
    }

    private static String content(PdeFamily family) {
        XMIResourceImpl resource = new XMIResourceImpl();
        resource.getContents().add(EcoreUtil.copy(family));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            resource.save(bytes, null);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize family '" + family.getName() + "'", e);
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
