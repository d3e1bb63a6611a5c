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

import org.hyperlora.workflow.ParameterAssignment;
import org.hyperlora.workflow.Quantity;
import org.hyperlora.workflow.SweepStep;
import org.hyperlora.workflow.WorkflowPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sweep Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.workflow.impl.SweepStepImpl#getParameter <em>Parameter</em>}</li>
 *   <li>{@link org.hyperlora.workflow.impl.SweepStepImpl#getFrom <em>From</em>}</li>
 *   <li>{@link org.hyperlora.workflow.impl.SweepStepImpl#getTo <em>To</em>}</li>
 *   <li>{@link org.hyperlora.workflow.impl.SweepStepImpl#getCount <em>Count</em>}</li>
 *   <li>{@link org.hyperlora.workflow.impl.SweepStepImpl#isLogScale <em>Log Scale</em>}</li>
 *   <li>{@link org.hyperlora.workflow.impl.SweepStepImpl#getValues <em>Values</em>}</li>
 *   <li>{@link org.hyperlora.workflow.impl.SweepStepImpl#getResolution <em>Resolution</em>}</li>
 *   <li>{@link org.hyperlora.workflow.impl.SweepStepImpl#getQuantities <em>Quantities</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SweepStepImpl extends SolverStepImpl implements SweepStep {
	/**
	 * The default value of the '{@link #getParameter() <em>Parameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameter()
	 * @generated
	 * @ordered
	 */
	protected static final String PARAMETER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParameter() <em>Parameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameter()
	 * @generated
	 * @ordered
	 */
	protected String parameter = PARAMETER_EDEFAULT;

	/**
	 * The default value of the '{@link #getFrom() <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrom()
	 * @generated
	 * @ordered
	 */
	protected static final double FROM_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getFrom() <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrom()
	 * @generated
	 * @ordered
	 */
	protected double from = FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getTo() <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTo()
	 * @generated
	 * @ordered
	 */
	protected static final double TO_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTo() <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTo()
	 * @generated
	 * @ordered
	 */
	protected double to = TO_EDEFAULT;

	/**
	 * The default value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected static final int COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected int count = COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #isLogScale() <em>Log Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLogScale()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LOG_SCALE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLogScale() <em>Log Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLogScale()
	 * @generated
	 * @ordered
	 */
	protected boolean logScale = LOG_SCALE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected EList<ParameterAssignment> values;

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
	 * The cached value of the '{@link #getQuantities() <em>Quantities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantities()
	 * @generated
	 * @ordered
	 */
	protected EList<Quantity> quantities;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SweepStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WorkflowPackage.Literals.SWEEP_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParameter() {
		return parameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParameter(String newParameter) {
		String oldParameter = parameter;
		parameter = newParameter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.SWEEP_STEP__PARAMETER, oldParameter, parameter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFrom() {
		return from;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrom(double newFrom) {
		double oldFrom = from;
		from = newFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.SWEEP_STEP__FROM, oldFrom, from));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTo() {
		return to;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTo(double newTo) {
		double oldTo = to;
		to = newTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.SWEEP_STEP__TO, oldTo, to));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCount() {
		return count;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCount(int newCount) {
		int oldCount = count;
		count = newCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.SWEEP_STEP__COUNT, oldCount, count));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLogScale() {
		return logScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLogScale(boolean newLogScale) {
		boolean oldLogScale = logScale;
		logScale = newLogScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.SWEEP_STEP__LOG_SCALE, oldLogScale, logScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ParameterAssignment> getValues() {
		if (values == null) {
			values = new EObjectContainmentEList<ParameterAssignment>(ParameterAssignment.class, this, WorkflowPackage.SWEEP_STEP__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getResolution() {
		if (resolution == null) {
			resolution = new EDataTypeUniqueEList<Integer>(Integer.class, this, WorkflowPackage.SWEEP_STEP__RESOLUTION);
		}
		return resolution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Quantity> getQuantities() {
		if (quantities == null) {
			quantities = new EObjectContainmentEList<Quantity>(Quantity.class, this, WorkflowPackage.SWEEP_STEP__QUANTITIES);
		}
		return quantities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WorkflowPackage.SWEEP_STEP__VALUES:
				return ((InternalEList<?>)getValues()).basicRemove(otherEnd, msgs);
			case WorkflowPackage.SWEEP_STEP__QUANTITIES:
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
			case WorkflowPackage.SWEEP_STEP__PARAMETER:
				return getParameter();
			case WorkflowPackage.SWEEP_STEP__FROM:
				return getFrom();
			case WorkflowPackage.SWEEP_STEP__TO:
				return getTo();
			case WorkflowPackage.SWEEP_STEP__COUNT:
				return getCount();
			case WorkflowPackage.SWEEP_STEP__LOG_SCALE:
				return isLogScale();
			case WorkflowPackage.SWEEP_STEP__VALUES:
				return getValues();
			case WorkflowPackage.SWEEP_STEP__RESOLUTION:
				return getResolution();
			case WorkflowPackage.SWEEP_STEP__QUANTITIES:
				return getQuantities();
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
			case WorkflowPackage.SWEEP_STEP__PARAMETER:
				setParameter((String)newValue);
				return;
			case WorkflowPackage.SWEEP_STEP__FROM:
				setFrom((Double)newValue);
				return;
			case WorkflowPackage.SWEEP_STEP__TO:
				setTo((Double)newValue);
				return;
			case WorkflowPackage.SWEEP_STEP__COUNT:
				setCount((Integer)newValue);
				return;
			case WorkflowPackage.SWEEP_STEP__LOG_SCALE:
				setLogScale((Boolean)newValue);
				return;
			case WorkflowPackage.SWEEP_STEP__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends ParameterAssignment>)newValue);
				return;
			case WorkflowPackage.SWEEP_STEP__RESOLUTION:
				getResolution().clear();
				getResolution().addAll((Collection<? extends Integer>)newValue);
				return;
			case WorkflowPackage.SWEEP_STEP__QUANTITIES:
				getQuantities().clear();
				getQuantities().addAll((Collection<? extends Quantity>)newValue);
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
			case WorkflowPackage.SWEEP_STEP__PARAMETER:
				setParameter(PARAMETER_EDEFAULT);
				return;
			case WorkflowPackage.SWEEP_STEP__FROM:
				setFrom(FROM_EDEFAULT);
				return;
			case WorkflowPackage.SWEEP_STEP__TO:
				setTo(TO_EDEFAULT);
				return;
			case WorkflowPackage.SWEEP_STEP__COUNT:
				setCount(COUNT_EDEFAULT);
				return;
			case WorkflowPackage.SWEEP_STEP__LOG_SCALE:
				setLogScale(LOG_SCALE_EDEFAULT);
				return;
			case WorkflowPackage.SWEEP_STEP__VALUES:
				getValues().clear();
				return;
			case WorkflowPackage.SWEEP_STEP__RESOLUTION:
				getResolution().clear();
				return;
			case WorkflowPackage.SWEEP_STEP__QUANTITIES:
				getQuantities().clear();
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
			case WorkflowPackage.SWEEP_STEP__PARAMETER:
				return PARAMETER_EDEFAULT == null ? parameter != null : !PARAMETER_EDEFAULT.equals(parameter);
			case WorkflowPackage.SWEEP_STEP__FROM:
				return from != FROM_EDEFAULT;
			case WorkflowPackage.SWEEP_STEP__TO:
				return to != TO_EDEFAULT;
			case WorkflowPackage.SWEEP_STEP__COUNT:
				return count != COUNT_EDEFAULT;
			case WorkflowPackage.SWEEP_STEP__LOG_SCALE:
				return logScale != LOG_SCALE_EDEFAULT;
			case WorkflowPackage.SWEEP_STEP__VALUES:
				return values != null && !values.isEmpty();
			case WorkflowPackage.SWEEP_STEP__RESOLUTION:
				return resolution != null && !resolution.isEmpty();
			case WorkflowPackage.SWEEP_STEP__QUANTITIES:
				return quantities != null && !quantities.isEmpty();
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
		result.append(" (parameter: ");
		result.append(parameter);
		result.append(", from: ");
		result.append(from);
		result.append(", to: ");
		result.append(to);
		result.append(", count: ");
		result.append(count);
		result.append(", logScale: ");
		result.append(logScale);
		result.append(", resolution: ");
		result.append(resolution);
		result.append(')');
		return result.toString();
	}

} //SweepStepImpl
