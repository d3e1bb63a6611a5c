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

import org.hyperlora.workflow.OptimizationGoal;
import org.hyperlora.workflow.OptimizeStep;
import org.hyperlora.workflow.ParameterAssignment;
import org.hyperlora.workflow.Quantity;
import org.hyperlora.workflow.QuantityBound;
import org.hyperlora.workflow.WorkflowPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Optimize Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.workflow.impl.OptimizeStepImpl#getGoal <em>Goal</em>}</li>
 *   <li>{@link org.hyperlora.workflow.impl.OptimizeStepImpl#getObjective <em>Objective</em>}</li>
 *   <li>{@link org.hyperlora.workflow.impl.OptimizeStepImpl#getConstraints <em>Constraints</em>}</li>
 *   <li>{@link org.hyperlora.workflow.impl.OptimizeStepImpl#getValues <em>Values</em>}</li>
 *   <li>{@link org.hyperlora.workflow.impl.OptimizeStepImpl#getResolution <em>Resolution</em>}</li>
 *   <li>{@link org.hyperlora.workflow.impl.OptimizeStepImpl#getStarts <em>Starts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OptimizeStepImpl extends SolverStepImpl implements OptimizeStep {
	/**
	 * The default value of the '{@link #getGoal() <em>Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoal()
	 * @generated
	 * @ordered
	 */
	protected static final OptimizationGoal GOAL_EDEFAULT = OptimizationGoal.MINIMIZE;

	/**
	 * The cached value of the '{@link #getGoal() <em>Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoal()
	 * @generated
	 * @ordered
	 */
	protected OptimizationGoal goal = GOAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getObjective() <em>Objective</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjective()
	 * @generated
	 * @ordered
	 */
	protected Quantity objective;

	/**
	 * The cached value of the '{@link #getConstraints() <em>Constraints</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConstraints()
	 * @generated
	 * @ordered
	 */
	protected EList<QuantityBound> constraints;

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
	 * The default value of the '{@link #getStarts() <em>Starts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStarts()
	 * @generated
	 * @ordered
	 */
	protected static final int STARTS_EDEFAULT = 4;

	/**
	 * The cached value of the '{@link #getStarts() <em>Starts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStarts()
	 * @generated
	 * @ordered
	 */
	protected int starts = STARTS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OptimizeStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WorkflowPackage.Literals.OPTIMIZE_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OptimizationGoal getGoal() {
		return goal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGoal(OptimizationGoal newGoal) {
		OptimizationGoal oldGoal = goal;
		goal = newGoal == null ? GOAL_EDEFAULT : newGoal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.OPTIMIZE_STEP__GOAL, oldGoal, goal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quantity getObjective() {
		return objective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetObjective(Quantity newObjective, NotificationChain msgs) {
		Quantity oldObjective = objective;
		objective = newObjective;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, WorkflowPackage.OPTIMIZE_STEP__OBJECTIVE, oldObjective, newObjective);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObjective(Quantity newObjective) {
		if (newObjective != objective) {
			NotificationChain msgs = null;
			if (objective != null)
				msgs = ((InternalEObject)objective).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - WorkflowPackage.OPTIMIZE_STEP__OBJECTIVE, null, msgs);
			if (newObjective != null)
				msgs = ((InternalEObject)newObjective).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - WorkflowPackage.OPTIMIZE_STEP__OBJECTIVE, null, msgs);
			msgs = basicSetObjective(newObjective, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.OPTIMIZE_STEP__OBJECTIVE, newObjective, newObjective));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<QuantityBound> getConstraints() {
		if (constraints == null) {
			constraints = new EObjectContainmentEList<QuantityBound>(QuantityBound.class, this, WorkflowPackage.OPTIMIZE_STEP__CONSTRAINTS);
		}
		return constraints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ParameterAssignment> getValues() {
		if (values == null) {
			values = new EObjectContainmentEList<ParameterAssignment>(ParameterAssignment.class, this, WorkflowPackage.OPTIMIZE_STEP__VALUES);
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
			resolution = new EDataTypeUniqueEList<Integer>(Integer.class, this, WorkflowPackage.OPTIMIZE_STEP__RESOLUTION);
		}
		return resolution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStarts() {
		return starts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStarts(int newStarts) {
		int oldStarts = starts;
		starts = newStarts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.OPTIMIZE_STEP__STARTS, oldStarts, starts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WorkflowPackage.OPTIMIZE_STEP__OBJECTIVE:
				return basicSetObjective(null, msgs);
			case WorkflowPackage.OPTIMIZE_STEP__CONSTRAINTS:
				return ((InternalEList<?>)getConstraints()).basicRemove(otherEnd, msgs);
			case WorkflowPackage.OPTIMIZE_STEP__VALUES:
				return ((InternalEList<?>)getValues()).basicRemove(otherEnd, msgs);
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
			case WorkflowPackage.OPTIMIZE_STEP__GOAL:
				return getGoal();
			case WorkflowPackage.OPTIMIZE_STEP__OBJECTIVE:
				return getObjective();
			case WorkflowPackage.OPTIMIZE_STEP__CONSTRAINTS:
				return getConstraints();
			case WorkflowPackage.OPTIMIZE_STEP__VALUES:
				return getValues();
			case WorkflowPackage.OPTIMIZE_STEP__RESOLUTION:
				return getResolution();
			case WorkflowPackage.OPTIMIZE_STEP__STARTS:
				return getStarts();
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
			case WorkflowPackage.OPTIMIZE_STEP__GOAL:
				setGoal((OptimizationGoal)newValue);
				return;
			case WorkflowPackage.OPTIMIZE_STEP__OBJECTIVE:
				setObjective((Quantity)newValue);
				return;
			case WorkflowPackage.OPTIMIZE_STEP__CONSTRAINTS:
				getConstraints().clear();
				getConstraints().addAll((Collection<? extends QuantityBound>)newValue);
				return;
			case WorkflowPackage.OPTIMIZE_STEP__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends ParameterAssignment>)newValue);
				return;
			case WorkflowPackage.OPTIMIZE_STEP__RESOLUTION:
				getResolution().clear();
				getResolution().addAll((Collection<? extends Integer>)newValue);
				return;
			case WorkflowPackage.OPTIMIZE_STEP__STARTS:
				setStarts((Integer)newValue);
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
			case WorkflowPackage.OPTIMIZE_STEP__GOAL:
				setGoal(GOAL_EDEFAULT);
				return;
			case WorkflowPackage.OPTIMIZE_STEP__OBJECTIVE:
				setObjective((Quantity)null);
				return;
			case WorkflowPackage.OPTIMIZE_STEP__CONSTRAINTS:
				getConstraints().clear();
				return;
			case WorkflowPackage.OPTIMIZE_STEP__VALUES:
				getValues().clear();
				return;
			case WorkflowPackage.OPTIMIZE_STEP__RESOLUTION:
				getResolution().clear();
				return;
			case WorkflowPackage.OPTIMIZE_STEP__STARTS:
				setStarts(STARTS_EDEFAULT);
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
			case WorkflowPackage.OPTIMIZE_STEP__GOAL:
				return goal != GOAL_EDEFAULT;
			case WorkflowPackage.OPTIMIZE_STEP__OBJECTIVE:
				return objective != null;
			case WorkflowPackage.OPTIMIZE_STEP__CONSTRAINTS:
				return constraints != null && !constraints.isEmpty();
			case WorkflowPackage.OPTIMIZE_STEP__VALUES:
				return values != null && !values.isEmpty();
			case WorkflowPackage.OPTIMIZE_STEP__RESOLUTION:
				return resolution != null && !resolution.isEmpty();
			case WorkflowPackage.OPTIMIZE_STEP__STARTS:
				return starts != STARTS_EDEFAULT;
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
		result.append(" (goal: ");
		result.append(goal);
		result.append(", resolution: ");
		result.append(resolution);
		result.append(", starts: ");
		result.append(starts);
		result.append(')');
		return result.toString();
	}

} //OptimizeStepImpl
