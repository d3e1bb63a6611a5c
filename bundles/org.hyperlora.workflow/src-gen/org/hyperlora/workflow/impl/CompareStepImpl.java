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

import org.hyperlora.workflow.CompareStep;
import org.hyperlora.workflow.ParameterPoint;
import org.hyperlora.workflow.WorkflowPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Compare Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.workflow.impl.CompareStepImpl#getReference <em>Reference</em>}</li>
 *   <li>{@link org.hyperlora.workflow.impl.CompareStepImpl#getReferenceData <em>Reference Data</em>}</li>
 *   <li>{@link org.hyperlora.workflow.impl.CompareStepImpl#getPoints <em>Points</em>}</li>
 *   <li>{@link org.hyperlora.workflow.impl.CompareStepImpl#getResolution <em>Resolution</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CompareStepImpl extends SolverStepImpl implements CompareStep {
	/**
	 * The default value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERENCE_EDEFAULT = "org.hyperlora.solver.exact";

	/**
	 * The cached value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected String reference = REFERENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReferenceData() <em>Reference Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceData()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERENCE_DATA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReferenceData() <em>Reference Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceData()
	 * @generated
	 * @ordered
	 */
	protected String referenceData = REFERENCE_DATA_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPoints() <em>Points</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoints()
	 * @generated
	 * @ordered
	 */
	protected EList<ParameterPoint> points;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CompareStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WorkflowPackage.Literals.COMPARE_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReference() {
		return reference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReference(String newReference) {
		String oldReference = reference;
		reference = newReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.COMPARE_STEP__REFERENCE, oldReference, reference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReferenceData() {
		return referenceData;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferenceData(String newReferenceData) {
		String oldReferenceData = referenceData;
		referenceData = newReferenceData;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.COMPARE_STEP__REFERENCE_DATA, oldReferenceData, referenceData));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ParameterPoint> getPoints() {
		if (points == null) {
			points = new EObjectContainmentEList<ParameterPoint>(ParameterPoint.class, this, WorkflowPackage.COMPARE_STEP__POINTS);
		}
		return points;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getResolution() {
		if (resolution == null) {
			resolution = new EDataTypeUniqueEList<Integer>(Integer.class, this, WorkflowPackage.COMPARE_STEP__RESOLUTION);
		}
		return resolution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WorkflowPackage.COMPARE_STEP__POINTS:
				return ((InternalEList<?>)getPoints()).basicRemove(otherEnd, msgs);
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
			case WorkflowPackage.COMPARE_STEP__REFERENCE:
				return getReference();
			case WorkflowPackage.COMPARE_STEP__REFERENCE_DATA:
				return getReferenceData();
			case WorkflowPackage.COMPARE_STEP__POINTS:
				return getPoints();
			case WorkflowPackage.COMPARE_STEP__RESOLUTION:
				return getResolution();
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
			case WorkflowPackage.COMPARE_STEP__REFERENCE:
				setReference((String)newValue);
				return;
			case WorkflowPackage.COMPARE_STEP__REFERENCE_DATA:
				setReferenceData((String)newValue);
				return;
			case WorkflowPackage.COMPARE_STEP__POINTS:
				getPoints().clear();
				getPoints().addAll((Collection<? extends ParameterPoint>)newValue);
				return;
			case WorkflowPackage.COMPARE_STEP__RESOLUTION:
				getResolution().clear();
				getResolution().addAll((Collection<? extends Integer>)newValue);
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
			case WorkflowPackage.COMPARE_STEP__REFERENCE:
				setReference(REFERENCE_EDEFAULT);
				return;
			case WorkflowPackage.COMPARE_STEP__REFERENCE_DATA:
				setReferenceData(REFERENCE_DATA_EDEFAULT);
				return;
			case WorkflowPackage.COMPARE_STEP__POINTS:
				getPoints().clear();
				return;
			case WorkflowPackage.COMPARE_STEP__RESOLUTION:
				getResolution().clear();
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
			case WorkflowPackage.COMPARE_STEP__REFERENCE:
				return REFERENCE_EDEFAULT == null ? reference != null : !REFERENCE_EDEFAULT.equals(reference);
			case WorkflowPackage.COMPARE_STEP__REFERENCE_DATA:
				return REFERENCE_DATA_EDEFAULT == null ? referenceData != null : !REFERENCE_DATA_EDEFAULT.equals(referenceData);
			case WorkflowPackage.COMPARE_STEP__POINTS:
				return points != null && !points.isEmpty();
			case WorkflowPackage.COMPARE_STEP__RESOLUTION:
				return resolution != null && !resolution.isEmpty();
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
		result.append(" (reference: ");
		result.append(reference);
		result.append(", referenceData: ");
		result.append(referenceData);
		result.append(", resolution: ");
		result.append(resolution);
		result.append(')');
		return result.toString();
	}

} //CompareStepImpl
