/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.workflow;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Calibrate Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The inverse problem: the parameter values whose solution fits measured data best, searched over the study's range (through the trained surrogate unless solver names another); writes parameter,value,sigma to output.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.workflow.CalibrateStep#getDataFile <em>Data File</em>}</li>
 *   <li>{@link org.hyperlora.workflow.CalibrateStep#getNoise <em>Noise</em>}</li>
 *   <li>{@link org.hyperlora.workflow.CalibrateStep#getStarts <em>Starts</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.workflow.WorkflowPackage#getCalibrateStep()
 * @model
 * @generated
 */
public interface CalibrateStep extends SolverStep {
	/**
	 * Returns the value of the '<em><b>Data File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The measurements: a CSV whose header names every coordinate and any of the fields, relative to the workflow file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data File</em>' attribute.
	 * @see #setDataFile(String)
	 * @see org.hyperlora.workflow.WorkflowPackage#getCalibrateStep_DataFile()
	 * @model
	 * @generated
	 */
	String getDataFile();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.CalibrateStep#getDataFile <em>Data File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data File</em>' attribute.
	 * @see #getDataFile()
	 * @generated
	 */
	void setDataFile(String value);

	/**
	 * Returns the value of the '<em><b>Noise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The measurements' standard deviation; unset: estimated from the misfit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Noise</em>' attribute.
	 * @see #isSetNoise()
	 * @see #unsetNoise()
	 * @see #setNoise(double)
	 * @see org.hyperlora.workflow.WorkflowPackage#getCalibrateStep_Noise()
	 * @model unsettable="true"
	 * @generated
	 */
	double getNoise();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.CalibrateStep#getNoise <em>Noise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Noise</em>' attribute.
	 * @see #isSetNoise()
	 * @see #unsetNoise()
	 * @see #getNoise()
	 * @generated
	 */
	void setNoise(double value);

	/**
	 * Unsets the value of the '{@link org.hyperlora.workflow.CalibrateStep#getNoise <em>Noise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetNoise()
	 * @see #getNoise()
	 * @see #setNoise(double)
	 * @generated
	 */
	void unsetNoise();

	/**
	 * Returns whether the value of the '{@link org.hyperlora.workflow.CalibrateStep#getNoise <em>Noise</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Noise</em>' attribute is set.
	 * @see #unsetNoise()
	 * @see #getNoise()
	 * @see #setNoise(double)
	 * @generated
	 */
	boolean isSetNoise();

	/**
	 * Returns the value of the '<em><b>Starts</b></em>' attribute.
	 * The default value is <code>"4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Levenberg-Marquardt runs from the best scanned points (1 to 64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Starts</em>' attribute.
	 * @see #setStarts(int)
	 * @see org.hyperlora.workflow.WorkflowPackage#getCalibrateStep_Starts()
	 * @model default="4"
	 * @generated
	 */
	int getStarts();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.CalibrateStep#getStarts <em>Starts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Starts</em>' attribute.
	 * @see #getStarts()
	 * @generated
	 */
	void setStarts(int value);

} // CalibrateStep
