/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.workflow;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Solve Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Solves for one parameter vector on a grid or at the points of a file; writes a CSV (coordinates in the study's order, then one column per field) and optionally a legacy VTK file for ParaView.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.workflow.SolveStep#getValues <em>Values</em>}</li>
 *   <li>{@link org.hyperlora.workflow.SolveStep#getGrid <em>Grid</em>}</li>
 *   <li>{@link org.hyperlora.workflow.SolveStep#getPointsFile <em>Points File</em>}</li>
 *   <li>{@link org.hyperlora.workflow.SolveStep#getVtkOutput <em>Vtk Output</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.workflow.WorkflowPackage#getSolveStep()
 * @model
 * @generated
 */
public interface SolveStep extends SolverStep {
	/**
	 * Returns the value of the '<em><b>Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperlora.workflow.ParameterAssignment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' containment reference list.
	 * @see org.hyperlora.workflow.WorkflowPackage#getSolveStep_Values()
	 * @model containment="true"
	 * @generated
	 */
	EList<ParameterAssignment> getValues();

	/**
	 * Returns the value of the '<em><b>Grid</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperlora.workflow.GridAxis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Grid</em>' containment reference list.
	 * @see org.hyperlora.workflow.WorkflowPackage#getSolveStep_Grid()
	 * @model containment="true"
	 * @generated
	 */
	EList<GridAxis> getGrid();

	/**
	 * Returns the value of the '<em><b>Points File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A CSV of points instead of a grid, relative to the workflow file: a header naming the coordinates (columns matched by name, others ignored), then one point per row.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Points File</em>' attribute.
	 * @see #setPointsFile(String)
	 * @see org.hyperlora.workflow.WorkflowPackage#getSolveStep_PointsFile()
	 * @model
	 * @generated
	 */
	String getPointsFile();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.SolveStep#getPointsFile <em>Points File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Points File</em>' attribute.
	 * @see #getPointsFile()
	 * @generated
	 */
	void setPointsFile(String value);

	/**
	 * Returns the value of the '<em><b>Vtk Output</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional legacy VTK file: STRUCTURED_POINTS for a grid, POLYDATA vertices for a points file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vtk Output</em>' attribute.
	 * @see #setVtkOutput(String)
	 * @see org.hyperlora.workflow.WorkflowPackage#getSolveStep_VtkOutput()
	 * @model
	 * @generated
	 */
	String getVtkOutput();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.SolveStep#getVtkOutput <em>Vtk Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vtk Output</em>' attribute.
	 * @see #getVtkOutput()
	 * @generated
	 */
	void setVtkOutput(String value);

} // SolveStep
