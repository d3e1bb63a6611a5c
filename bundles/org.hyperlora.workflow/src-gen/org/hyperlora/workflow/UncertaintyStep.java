/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.workflow;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Uncertainty Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Propagates uncertain parameters into the fields: samples quasi-random (scrambled Sobol) draws of the parameters, each distribution truncated to the trained range, and writes to output the grid's coordinates, then FIELD_mean and FIELD_std per field; optionally the mean, standard deviation and quantiles of derived quantities.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.workflow.UncertaintyStep#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.hyperlora.workflow.UncertaintyStep#getSamples <em>Samples</em>}</li>
 *   <li>{@link org.hyperlora.workflow.UncertaintyStep#getResolution <em>Resolution</em>}</li>
 *   <li>{@link org.hyperlora.workflow.UncertaintyStep#getVtkOutput <em>Vtk Output</em>}</li>
 *   <li>{@link org.hyperlora.workflow.UncertaintyStep#getQuantities <em>Quantities</em>}</li>
 *   <li>{@link org.hyperlora.workflow.UncertaintyStep#getQuantitiesOutput <em>Quantities Output</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.workflow.WorkflowPackage#getUncertaintyStep()
 * @model
 * @generated
 */
public interface UncertaintyStep extends SolverStep {
	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperlora.workflow.ParameterDistribution}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.hyperlora.workflow.WorkflowPackage#getUncertaintyStep_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<ParameterDistribution> getParameters();

	/**
	 * Returns the value of the '<em><b>Samples</b></em>' attribute.
	 * The default value is <code>"1024"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Samples</em>' attribute.
	 * @see #setSamples(int)
	 * @see org.hyperlora.workflow.WorkflowPackage#getUncertaintyStep_Samples()
	 * @model default="1024"
	 * @generated
	 */
	int getSamples();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.UncertaintyStep#getSamples <em>Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Samples</em>' attribute.
	 * @see #getSamples()
	 * @generated
	 */
	void setSamples(int value);

	/**
	 * Returns the value of the '<em><b>Resolution</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Grid points per coordinate over the study's domain: none (51 per axis), one for every axis, or one per coordinate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resolution</em>' attribute list.
	 * @see org.hyperlora.workflow.WorkflowPackage#getUncertaintyStep_Resolution()
	 * @model
	 * @generated
	 */
	EList<Integer> getResolution();

	/**
	 * Returns the value of the '<em><b>Vtk Output</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional legacy VTK file of the mean and standard-deviation fields (STRUCTURED_POINTS).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vtk Output</em>' attribute.
	 * @see #setVtkOutput(String)
	 * @see org.hyperlora.workflow.WorkflowPackage#getUncertaintyStep_VtkOutput()
	 * @model
	 * @generated
	 */
	String getVtkOutput();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.UncertaintyStep#getVtkOutput <em>Vtk Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vtk Output</em>' attribute.
	 * @see #getVtkOutput()
	 * @generated
	 */
	void setVtkOutput(String value);

	/**
	 * Returns the value of the '<em><b>Quantities</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperlora.workflow.Quantity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quantities</em>' containment reference list.
	 * @see org.hyperlora.workflow.WorkflowPackage#getUncertaintyStep_Quantities()
	 * @model containment="true"
	 * @generated
	 */
	EList<Quantity> getQuantities();

	/**
	 * Returns the value of the '<em><b>Quantities Output</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The CSV of the quantities' statistics: quantity, mean, std and the 5, 25, 50, 75 and 95 % quantiles.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quantities Output</em>' attribute.
	 * @see #setQuantitiesOutput(String)
	 * @see org.hyperlora.workflow.WorkflowPackage#getUncertaintyStep_QuantitiesOutput()
	 * @model
	 * @generated
	 */
	String getQuantitiesOutput();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.UncertaintyStep#getQuantitiesOutput <em>Quantities Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quantities Output</em>' attribute.
	 * @see #getQuantitiesOutput()
	 * @generated
	 */
	void setQuantitiesOutput(String value);

} // UncertaintyStep
