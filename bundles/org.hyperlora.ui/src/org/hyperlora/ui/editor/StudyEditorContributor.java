package org.hyperlora.ui.editor;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Edit > Undo and Redo (and their toolbar buttons, Ctrl+Z / Ctrl+Y) for the active study or workflow editor (any
 * editor with an EMF editing domain), over its command stack; labelled with the command they undo. EMF's edit.ui has such actions but is not on Maven Central.
 */
public class StudyEditorContributor extends EditorActionBarContributor {

    final StackAction undo = new StackAction(true);
    private final StackAction redo = new StackAction(false);
    private CommandStack stack;
    private final CommandStackListener listener = event -> update();

    /** Undo or redo on the current stack. */
    private final class StackAction extends Action {
        private final boolean undoing;

        StackAction(boolean undoing) {
            this.undoing = undoing;
            setId(undoing ? ActionFactory.UNDO.getId() : ActionFactory.REDO.getId());
        }

        @Override
        public void run() {
            if (stack == null) {
                return;
            }
            if (undoing) {
                stack.undo();
            } else {
                stack.redo();
            }
        }

        void update() {
            boolean enabled = stack != null && (undoing ? stack.canUndo() : stack.canRedo());
            setEnabled(enabled);
            var command = stack == null ? null : undoing ? stack.getUndoCommand() : stack.getRedoCommand();
            String label = command == null || command.getLabel() == null ? "" : " " + command.getLabel();
            setText((undoing ? "&Undo" : "&Redo") + label);
        }
    }

    @Override
    public void init(IActionBars bars) {
        super.init(bars);
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
    }

    @Override
    public void setActiveEditor(IEditorPart part) {
        if (stack != null) {
            stack.removeCommandStackListener(listener);
        }
        stack = part instanceof IEditingDomainProvider editor ? editor.getEditingDomain().getCommandStack() : null;
        if (stack != null) {
            stack.addCommandStackListener(listener);
        }
        update();
    }

    private void update() {
        undo.update();
        redo.update();
        getActionBars().updateActionBars();
    }

    @Override
    public void dispose() {
        if (stack != null) {
            stack.removeCommandStackListener(listener);
        }
        super.dispose();
    }
}
