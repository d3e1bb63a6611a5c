package org.hyperlora.ui.internal;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** Read-only table columns whose text comes from a function of the row (null shows as empty). */
public final class Columns {

    private Columns() {
    }

    public static TableViewerColumn text(TableViewer viewer, String title, int width, Function<Object, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply(element);
                return value == null ? "" : value;
            }
        });
        return column;
    }
}
