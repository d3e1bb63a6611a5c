package org.hyperlora.ui.workflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * The steps of a workflow drawn as blocks in the order they run, an arrow from each to the next, and on the right a
 * link from a step to every later step that reads what it writes (a file, or the study a Train step trains), labelled
 * with the file's name. A block shows its number, kind, name, study and output, a colour band per kind, and a sign
 * with the count of its validation errors (red) or warnings (amber). Click selects; Up and Down move the selection.
 */
final class WorkflowDiagram extends Canvas {

    static final int MARGIN = 16;
    static final int BLOCK_HEIGHT = 66;
    static final int GAP = 30;
    static final int BLOCK_WIDTH = 320;
    private static final int LANE = 22;

    /** What the diagram draws of one step. */
    record Block(String kind, String name, String study, String output, int errors, int warnings, RGB band) {
    }

    /** A step reading what an earlier one writes. */
    record Link(int from, int to, String label) {
    }

    private List<Block> blocks = List.of();
    private List<Link> links = List.of();
    private int selected = -1;
    private final Font bold;
    private final List<IntConsumer> selectionListeners = new ArrayList<>();

    WorkflowDiagram(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        FontData[] data = getFont().getFontData();
        for (FontData font : data) {
            font.setStyle(SWT.BOLD);
        }
        bold = new Font(getDisplay(), data);
        addPaintListener(e -> paint(e.gc));
        addListener(SWT.MouseDown, e -> select(blockAt(e.x, e.y), true));
        addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN && selected + 1 < blocks.size()) {
                select(selected + 1, true);
            } else if (e.keyCode == SWT.ARROW_UP && selected > 0) {
                select(selected - 1, true);
            }
        });
        addListener(SWT.Traverse, e -> e.doit = e.detail != SWT.TRAVERSE_ARROW_NEXT
                && e.detail != SWT.TRAVERSE_ARROW_PREVIOUS);
        addDisposeListener(e -> bold.dispose());
    }

    void onSelection(IntConsumer listener) {
        selectionListeners.add(listener);
    }

    void show(List<Block> newBlocks, List<Link> newLinks) {
        this.blocks = List.copyOf(newBlocks);
        this.links = List.copyOf(newLinks);
        if (selected >= blocks.size()) {
            selected = blocks.size() - 1;
        }
        redraw();
    }

    List<Block> blocks() {
        return blocks;
    }

    List<Link> links() {
        return links;
    }

    int selected() {
        return selected;
    }

    /** Selects a block (-1: none); tells the listeners when {@code notify}. */
    void select(int index, boolean notify) {
        if (index < -1 || index >= blocks.size()) {
            return;
        }
        selected = index;
        redraw();
        if (notify) {
            selectionListeners.forEach(listener -> listener.accept(index));
        }
    }

    /** The block's rectangle. */
    static Rectangle bounds(int index) {
        return new Rectangle(MARGIN, MARGIN + index * (BLOCK_HEIGHT + GAP), BLOCK_WIDTH, BLOCK_HEIGHT);
    }

    int blockAt(int x, int y) {
        for (int i = 0; i < blocks.size(); i++) {
            if (bounds(i).contains(x, y)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        int lanes = Math.min(6, links.size());
        return new Point(MARGIN * 2 + BLOCK_WIDTH + 40 + lanes * LANE + 160,
                MARGIN * 2 + Math.max(1, blocks.size()) * (BLOCK_HEIGHT + GAP));
    }

    private void paint(GC gc) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        Color foreground = getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND);
        Color grey = getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
        if (blocks.isEmpty()) {
            gc.setForeground(grey);
            gc.drawText("No steps yet: double-click a step kind in the palette on the left to add one.", MARGIN,
                    MARGIN, true);
            return;
        }
        // the order: an arrow from each block to the next
        gc.setForeground(grey);
        gc.setLineWidth(2);
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Rectangle from = bounds(i);
            int x = from.x + from.width / 2;
            int top = from.y + from.height;
            int bottom = top + GAP;
            gc.drawLine(x, top + 2, x, bottom - 3);
            gc.setBackground(grey);
            gc.fillPolygon(new int[] {x - 5, bottom - 9, x + 5, bottom - 9, x, bottom - 2});
        }
        // the data: a link on the right from a writer to each later reader, one lane each
        gc.setLineWidth(1);
        for (int k = 0; k < links.size(); k++) {
            Link link = links.get(k);
            Rectangle from = bounds(link.from());
            Rectangle to = bounds(link.to());
            int lane = from.x + from.width + 18 + (k % 6) * LANE;
            int y1 = from.y + from.height / 2 + 8;
            int y2 = to.y + to.height / 2 - 8;
            Color color = new Color(getDisplay(), 40, 110, 190);
            gc.setForeground(color);
            gc.setBackground(color);
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawPolyline(new int[] {from.x + from.width, y1, lane, y1, lane, y2, to.x + to.width + 6, y2});
            gc.setLineStyle(SWT.LINE_SOLID);
            gc.fillPolygon(new int[] {to.x + to.width + 1, y2, to.x + to.width + 9, y2 - 5, to.x + to.width + 9,
                    y2 + 5});
            boolean sameAsBefore = k > 0 && links.get(k - 1).from() == link.from()
                    && links.get(k - 1).label().equals(link.label());
            if (!sameAsBefore) {
                // one label per file a step writes, beside its first link
                gc.drawText(link.label(), lane + 4, (y1 + y2) / 2 - gc.getFontMetrics().getHeight() / 2, true);
            }
            color.dispose();
        }
        for (int i = 0; i < blocks.size(); i++) {
            paintBlock(gc, i, blocks.get(i), foreground);
        }
    }

    private void paintBlock(GC gc, int index, Block block, Color foreground) {
        Rectangle r = bounds(index);
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRoundRectangle(r.x, r.y, r.width, r.height, 12, 12);
        Color band = new Color(getDisplay(), block.band());
        gc.setBackground(band);
        gc.fillRoundRectangle(r.x, r.y, 10, r.height, 10, 10);
        gc.fillRectangle(r.x + 5, r.y, 5, r.height);
        band.dispose();
        boolean isSelected = index == selected;
        gc.setLineWidth(isSelected ? 3 : 1);
        gc.setForeground(getDisplay().getSystemColor(isSelected ? SWT.COLOR_LIST_SELECTION : SWT.COLOR_DARK_GRAY));
        gc.drawRoundRectangle(r.x, r.y, r.width, r.height, 12, 12);
        gc.setLineWidth(1);
        gc.setForeground(foreground);
        gc.setFont(bold);
        int line = gc.getFontMetrics().getHeight();
        gc.drawText((index + 1) + "  " + block.kind(), r.x + 18, r.y + 5, true);
        gc.setFont(getFont());
        gc.drawText(shorten(gc, block.name(), r.width - 30), r.x + 18, r.y + 5 + line, true);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        String files = (block.study().isEmpty() ? "" : block.study()) + (block.output().isEmpty() ? ""
                : (block.study().isEmpty() ? "" : "  \u2192  ") + block.output());
        gc.drawText(shorten(gc, files, r.width - 30), r.x + 18, r.y + 5 + 2 * line, true);
        if (block.errors() > 0 || block.warnings() > 0) {
            boolean error = block.errors() > 0;
            Color sign = new Color(getDisplay(), error ? new RGB(200, 30, 30) : new RGB(230, 160, 0));
            gc.setBackground(sign);
            int size = line + 6;
            int x = r.x + r.width - size - 6;
            gc.fillOval(x, r.y + 5, size, size);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.setFont(bold);
            String count = Integer.toString(error ? block.errors() : block.warnings());
            Point extent = gc.textExtent(count);
            gc.drawText(count, x + (size - extent.x) / 2, r.y + 5 + (size - extent.y) / 2, true);
            gc.setFont(getFont());
            sign.dispose();
        }
    }

    private static String shorten(GC gc, String text, int width) {
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        String shorter = text;
        while (shorter.length() > 1 && gc.textExtent(shorter + "\u2026").x > width) {
            shorter = shorter.substring(0, shorter.length() - 1);
        }
        return shorter + "\u2026";
    }

    /** The name of a file for a link's label. */
    static String label(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
