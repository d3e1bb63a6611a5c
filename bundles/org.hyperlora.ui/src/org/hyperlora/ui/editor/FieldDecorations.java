package org.hyperlora.ui.editor;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/** The validator's problems next to the field they are about: an error or warning sign with the messages on hover. */
final class FieldDecorations {

    private FieldDecorations() {
    }

    static ControlDecoration create(Control control) {
        ControlDecoration decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
        decoration.setMarginWidth(2);
        decoration.hide();
        return decoration;
    }

    /** Shows the worst of the problems (hidden when there are none). */
    static void show(ControlDecoration decoration, List<Diagnostic> problems) {
        if (decoration.getControl() == null || decoration.getControl().isDisposed()) {
            return;
        }
        if (problems.isEmpty()) {
            decoration.hide();
            decoration.setDescriptionText(null);
            return;
        }
        decoration.setImage(image(problems));
        decoration.setDescriptionText(problems.stream().map(Diagnostic::getMessage).collect(Collectors.joining("\n")));
        decoration.show();
    }

    static Image image(List<Diagnostic> problems) {
        boolean error = problems.stream().anyMatch(p -> p.getSeverity() >= Diagnostic.ERROR);
        return FieldDecorationRegistry.getDefault().getFieldDecoration(error ? FieldDecorationRegistry.DEC_ERROR
                : FieldDecorationRegistry.DEC_WARNING).getImage();
    }
}
