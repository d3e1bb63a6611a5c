package org.hyperlora.ui.explorer;

import java.awt.Rectangle;
import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.hyperlora.engine.plot.FieldPanels;
import org.hyperlora.solver.FieldSolution;
import org.hyperlora.solver.Validity;

/**
 * One computed picture of the explorer: the solver's field (and the reference and the error when there is one) on a
 * grid over the first two coordinates, drawn as heat maps, plus the line cut. Made off the UI thread; only the SWT
 * images are made from it on the UI thread.
 *
 * @param serial        increases with every request; a frame answers the request of its serial
 * @param parameters    the parameter values solved for, in the solver's order
 * @param field         the field shown
 * @param coordinates   the solver's coordinates; the first two span the heat map, the others are fixed at
 *                      {@code slice}
 * @param xAxis         grid values along the first coordinate (the outer index of the points)
 * @param yAxis         grid values along the second coordinate; a single 0 for a one-dimensional study
 * @param points        the grid points, row-major in the solver's coordinate order
 * @param solution      the solver's answer at the points
 * @param reference     the reference solution at the points, or null
 * @param data          the solver against the study's data file at these parameter values, or null
 * @param panels        the heat maps as drawn (null for a one-dimensional study)
 * @param heatmap       the heat maps' pixels (null for a one-dimensional study)
 * @param panelSize     width and height of one heat map panel in pixels
 * @param lineCut       the line cut's pixels
 * @param cutIndex      the index into {@code yAxis} of the line cut
 * @param validity      whether the solver answers within what it was trained for
 * @param solveMillis   time to solve (solver and reference)
 * @param drawMillis    time to draw both images
 */
public record ExplorerFrame(long serial, double[] parameters, String field, List<String> coordinates, double[] xAxis,
        double[] yAxis, double[] points, FieldSolution solution, FieldSolution reference, DataComparison data,
        FieldPanels panels,
        ImageData heatmap, int[] panelSize, ImageData lineCut, int cutIndex, Validity validity, double solveMillis,
        double drawMillis) {

    /** The pixels of heat map {@code panel} (0: solver, 1: reference, 2: error) inside the heat map image. */
    public Rectangle plotArea(int panel) {
        return panels.plotArea(panel, panelSize[0], panelSize[1]);
    }

    /** The shown field's value at grid node (i, j): i along the first coordinate, j along the second. */
    public double value(int i, int j) {
        return solution.field(field)[i * yAxis.length + j];
    }
}
