/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.workflow.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.hyperlora.workflow.ParameterDistribution;
import org.hyperlora.workflow.Quantity;
import org.hyperlora.workflow.UncertaintyStep;
import org.hyperlora.workflow.WorkflowPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Uncertainty Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.workflow.impl.UncertaintyStepImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.hyperlora.workflow.impl.UncertaintyStepImpl#getSamples <em>Samples</em>}</li>
 *   <li>{@link org.hyperlora.workflow.impl.UncertaintyStepImpl#getResolution <em>Resolution</em>}</li>
 *   <li>{@link org.hyperlora.workflow.impl.UncertaintyStepImpl#getVtkOutput <em>Vtk Output</em>}</li>
 *   <li>{@link org.hyperlora.workflow.impl.UncertaintyStepImpl#getQuantities <em>Quantities</em>}</li>
 *   <li>{@link org.hyperlora.workflow.impl.UncertaintyStepImpl#getQuantitiesOutput <em>Quantities Output</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UncertaintyStepImpl extends SolverStepImpl implements UncertaintyStep {
	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<ParameterDistribution> parameters;

	/**
	 * The default value of the '{@link #getSamples() <em>Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSamples()
	 * @generated
	 * @ordered
	 */
	protected static final int SAMPLES_EDEFAULT = 1024;

	/**
	 * The cached value of the '{@link #getSamples() <em>Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSamples()
	 * @generated
	 * @ordered
	 */
	protected int samples = SAMPLES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getResolution() <em>Resolution</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolution()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> resolution;

	/**
	 * The default value of the '{@link #getVtkOutput() <em>Vtk Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVtkOutput()
	 * @generated
	 * @ordered
	 */
	protected static final String VTK_OUTPUT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVtkOutput() <em>Vtk Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVtkOutput()
	 * @generated
	 * @ordered
	 */
	protected String vtkOutput = VTK_OUTPUT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getQuantities() <em>Quantities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantities()
	 * @generated
	 * @ordered
	 */
	protected EList<Quantity> quantities;

	/**
	 * The default value of the '{@link #getQuantitiesOutput() <em>Quantities Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantitiesOutput()
	 * @generated
	 * @ordered
	 */
	protected static final String QUANTITIES_OUTPUT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuantitiesOutput() <em>Quantities Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantitiesOutput()
	 * @generated
	 * @ordered
	 */
	protected String quantitiesOutput = QUANTITIES_OUTPUT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UncertaintyStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WorkflowPackage.Literals.UNCERTAINTY_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ParameterDistribution> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<ParameterDistribution>(ParameterDistribution.class, this, WorkflowPackage.UNCERTAINTY_STEP__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSamples() {
		return samples;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSamples(int newSamples) {
		int oldSamples = samples;
		samples = newSamples;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.UNCERTAINTY_STEP__SAMPLES, oldSamples, samples));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getResolution() {
		if (resolution == null) {
			resolution = new EDataTypeUniqueEList<Integer>(Integer.class, this, WorkflowPackage.UNCERTAINTY_STEP__RESOLUTION);
		}
		return resolution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVtkOutput() {
		return vtkOutput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVtkOutput(String newVtkOutput) {
		String oldVtkOutput = vtkOutput;
		vtkOutput = newVtkOutput;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.UNCERTAINTY_STEP__VTK_OUTPUT, oldVtkOutput, vtkOutput));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Quantity> getQuantities() {
		if (quantities == null) {
			quantities = new EObjectContainmentEList<Quantity>(Quantity.class, this, WorkflowPackage.UNCERTAINTY_STEP__QUANTITIES);
		}
		return quantities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuantitiesOutput() {
		return quantitiesOutput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuantitiesOutput(String newQuantitiesOutput) {
		String oldQuantitiesOutput = quantitiesOutput;
		quantitiesOutput = newQuantitiesOutput;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.UNCERTAINTY_STEP__QUANTITIES_OUTPUT, oldQuantitiesOutput, quantitiesOutput));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WorkflowPackage.UNCERTAINTY_STEP__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
			case WorkflowPackage.UNCERTAINTY_STEP__QUANTITIES:
				return ((InternalEList<?>)getQuantities()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WorkflowPackage.UNCERTAINTY_STEP__PARAMETERS:
				return getParameters();
			case WorkflowPackage.UNCERTAINTY_STEP__SAMPLES:
				return getSamples();
			case WorkflowPackage.UNCERTAINTY_STEP__RESOLUTION:
				return getResolution();
			case WorkflowPackage.UNCERTAINTY_STEP__VTK_OUTPUT:
				return getVtkOutput();
			case WorkflowPackage.UNCERTAINTY_STEP__QUANTITIES:
				return getQuantities();
			case WorkflowPackage.UNCERTAINTY_STEP__QUANTITIES_OUTPUT:
				return getQuantitiesOutput();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case WorkflowPackage.UNCERTAINTY_STEP__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends ParameterDistribution>)newValue);
				return;
			case WorkflowPackage.UNCERTAINTY_STEP__SAMPLES:
				setSamples((Integer)newValue);
				return;
			case WorkflowPackage.UNCERTAINTY_STEP__RESOLUTION:
				getResolution().clear();
				getResolution().addAll((Collection<? extends Integer>)newValue);
				return;
			case WorkflowPackage.UNCERTAINTY_STEP__VTK_OUTPUT:
				setVtkOutput((String)newValue);
				return;
			case WorkflowPackage.UNCERTAINTY_STEP__QUANTITIES:
				getQuantities().clear();
				getQuantities().addAll((Collection<? extends Quantity>)newValue);
				return;
			case WorkflowPackage.UNCERTAINTY_STEP__QUANTITIES_OUTPUT:
				setQuantitiesOutput((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case WorkflowPackage.UNCERTAINTY_STEP__PARAMETERS:
				getParameters().clear();
				return;
			case WorkflowPackage.UNCERTAINTY_STEP__SAMPLES:
				setSamples(SAMPLES_EDEFAULT);
				return;
			case WorkflowPackage.UNCERTAINTY_STEP__RESOLUTION:
				getResolution().clear();
				return;
			case WorkflowPackage.UNCERTAINTY_STEP__VTK_OUTPUT:
				setVtkOutput(VTK_OUTPUT_EDEFAULT);
				return;
			case WorkflowPackage.UNCERTAINTY_STEP__QUANTITIES:
				getQuantities().clear();
				return;
			case WorkflowPackage.UNCERTAINTY_STEP__QUANTITIES_OUTPUT:
				setQuantitiesOutput(QUANTITIES_OUTPUT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case WorkflowPackage.UNCERTAINTY_STEP__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case WorkflowPackage.UNCERTAINTY_STEP__SAMPLES:
				return samples != SAMPLES_EDEFAULT;
			case WorkflowPackage.UNCERTAINTY_STEP__RESOLUTION:
				return resolution != null && !resolution.isEmpty();
			case WorkflowPackage.UNCERTAINTY_STEP__VTK_OUTPUT:
				return VTK_OUTPUT_EDEFAULT == null ? vtkOutput != null : !VTK_OUTPUT_EDEFAULT.equals(vtkOutput);
			case WorkflowPackage.UNCERTAINTY_STEP__QUANTITIES:
				return quantities != null && !quantities.isEmpty();
			case WorkflowPackage.UNCERTAINTY_STEP__QUANTITIES_OUTPUT:
				return QUANTITIES_OUTPUT_EDEFAULT == null ? quantitiesOutput != null : !QUANTITIES_OUTPUT_EDEFAULT.equals(quantitiesOutput);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (samples: ");
		result.append(samples);
		result.append(", resolution: ");
		result.append(resolution);
		result.append(", vtkOutput: ");
		result.append(vtkOutput);
		result.append(", quantitiesOutput: ");
		result.append(quantitiesOutput);
		result.append(')');
		return result.toString();
	}

} //UncertaintyStepImpl
