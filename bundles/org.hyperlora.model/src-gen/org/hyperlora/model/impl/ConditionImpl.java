/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.hyperlora.model.Condition;
import org.hyperlora.model.ConditionKind;
import org.hyperlora.model.Field;
import org.hyperlora.model.HyperloraPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Condition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.impl.ConditionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.ConditionImpl#getField <em>Field</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.ConditionImpl#getBoundary <em>Boundary</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.ConditionImpl#getExpression <em>Expression</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.ConditionImpl#isMatchDerivative <em>Match Derivative</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.ConditionImpl#getValueCoefficient <em>Value Coefficient</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.ConditionImpl#getNormalCoefficient <em>Normal Coefficient</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.ConditionImpl#getWeight <em>Weight</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConditionImpl extends MinimalEObjectImpl.Container implements Condition {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ConditionKind KIND_EDEFAULT = ConditionKind.DIRICHLET;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ConditionKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getField() <em>Field</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getField()
	 * @generated
	 * @ordered
	 */
	protected Field field;

	/**
	 * The default value of the '{@link #getBoundary() <em>Boundary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBoundary()
	 * @generated
	 * @ordered
	 */
	protected static final String BOUNDARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBoundary() <em>Boundary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBoundary()
	 * @generated
	 * @ordered
	 */
	protected String boundary = BOUNDARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpression() <em>Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpression() <em>Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpression()
	 * @generated
	 * @ordered
	 */
	protected String expression = EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #isMatchDerivative() <em>Match Derivative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMatchDerivative()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MATCH_DERIVATIVE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMatchDerivative() <em>Match Derivative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMatchDerivative()
	 * @generated
	 * @ordered
	 */
	protected boolean matchDerivative = MATCH_DERIVATIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getValueCoefficient() <em>Value Coefficient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValueCoefficient()
	 * @generated
	 * @ordered
	 */
	protected static final String VALUE_COEFFICIENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValueCoefficient() <em>Value Coefficient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValueCoefficient()
	 * @generated
	 * @ordered
	 */
	protected String valueCoefficient = VALUE_COEFFICIENT_EDEFAULT;

	/**
	 * This is true if the Value Coefficient attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean valueCoefficientESet;

	/**
	 * The default value of the '{@link #getNormalCoefficient() <em>Normal Coefficient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNormalCoefficient()
	 * @generated
	 * @ordered
	 */
	protected static final String NORMAL_COEFFICIENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNormalCoefficient() <em>Normal Coefficient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNormalCoefficient()
	 * @generated
	 * @ordered
	 */
	protected String normalCoefficient = NORMAL_COEFFICIENT_EDEFAULT;

	/**
	 * This is true if the Normal Coefficient attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean normalCoefficientESet;

	/**
	 * The default value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double WEIGHT_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected double weight = WEIGHT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConditionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HyperloraPackage.Literals.CONDITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConditionKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ConditionKind newKind) {
		ConditionKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.CONDITION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Field getField() {
		if (field != null && field.eIsProxy()) {
			InternalEObject oldField = (InternalEObject)field;
			field = (Field)eResolveProxy(oldField);
			if (field != oldField) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, HyperloraPackage.CONDITION__FIELD, oldField, field));
			}
		}
		return field;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Field basicGetField() {
		return field;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setField(Field newField) {
		Field oldField = field;
		field = newField;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.CONDITION__FIELD, oldField, field));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBoundary() {
		return boundary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBoundary(String newBoundary) {
		String oldBoundary = boundary;
		boundary = newBoundary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.CONDITION__BOUNDARY, oldBoundary, boundary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExpression() {
		return expression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpression(String newExpression) {
		String oldExpression = expression;
		expression = newExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.CONDITION__EXPRESSION, oldExpression, expression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMatchDerivative() {
		return matchDerivative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMatchDerivative(boolean newMatchDerivative) {
		boolean oldMatchDerivative = matchDerivative;
		matchDerivative = newMatchDerivative;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.CONDITION__MATCH_DERIVATIVE, oldMatchDerivative, matchDerivative));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getValueCoefficient() {
		return valueCoefficient;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValueCoefficient(String newValueCoefficient) {
		String oldValueCoefficient = valueCoefficient;
		valueCoefficient = newValueCoefficient;
		boolean oldValueCoefficientESet = valueCoefficientESet;
		valueCoefficientESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.CONDITION__VALUE_COEFFICIENT, oldValueCoefficient, valueCoefficient, !oldValueCoefficientESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetValueCoefficient() {
		String oldValueCoefficient = valueCoefficient;
		boolean oldValueCoefficientESet = valueCoefficientESet;
		valueCoefficient = VALUE_COEFFICIENT_EDEFAULT;
		valueCoefficientESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, HyperloraPackage.CONDITION__VALUE_COEFFICIENT, oldValueCoefficient, VALUE_COEFFICIENT_EDEFAULT, oldValueCoefficientESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetValueCoefficient() {
		return valueCoefficientESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNormalCoefficient() {
		return normalCoefficient;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNormalCoefficient(String newNormalCoefficient) {
		String oldNormalCoefficient = normalCoefficient;
		normalCoefficient = newNormalCoefficient;
		boolean oldNormalCoefficientESet = normalCoefficientESet;
		normalCoefficientESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.CONDITION__NORMAL_COEFFICIENT, oldNormalCoefficient, normalCoefficient, !oldNormalCoefficientESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetNormalCoefficient() {
		String oldNormalCoefficient = normalCoefficient;
		boolean oldNormalCoefficientESet = normalCoefficientESet;
		normalCoefficient = NORMAL_COEFFICIENT_EDEFAULT;
		normalCoefficientESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, HyperloraPackage.CONDITION__NORMAL_COEFFICIENT, oldNormalCoefficient, NORMAL_COEFFICIENT_EDEFAULT, oldNormalCoefficientESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetNormalCoefficient() {
		return normalCoefficientESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeight() {
		return weight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeight(double newWeight) {
		double oldWeight = weight;
		weight = newWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.CONDITION__WEIGHT, oldWeight, weight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HyperloraPackage.CONDITION__KIND:
				return getKind();
			case HyperloraPackage.CONDITION__FIELD:
				if (resolve) return getField();
				return basicGetField();
			case HyperloraPackage.CONDITION__BOUNDARY:
				return getBoundary();
			case HyperloraPackage.CONDITION__EXPRESSION:
				return getExpression();
			case HyperloraPackage.CONDITION__MATCH_DERIVATIVE:
				return isMatchDerivative();
			case HyperloraPackage.CONDITION__VALUE_COEFFICIENT:
				return getValueCoefficient();
			case HyperloraPackage.CONDITION__NORMAL_COEFFICIENT:
				return getNormalCoefficient();
			case HyperloraPackage.CONDITION__WEIGHT:
				return getWeight();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case HyperloraPackage.CONDITION__KIND:
				setKind((ConditionKind)newValue);
				return;
			case HyperloraPackage.CONDITION__FIELD:
				setField((Field)newValue);
				return;
			case HyperloraPackage.CONDITION__BOUNDARY:
				setBoundary((String)newValue);
				return;
			case HyperloraPackage.CONDITION__EXPRESSION:
				setExpression((String)newValue);
				return;
			case HyperloraPackage.CONDITION__MATCH_DERIVATIVE:
				setMatchDerivative((Boolean)newValue);
				return;
			case HyperloraPackage.CONDITION__VALUE_COEFFICIENT:
				setValueCoefficient((String)newValue);
				return;
			case HyperloraPackage.CONDITION__NORMAL_COEFFICIENT:
				setNormalCoefficient((String)newValue);
				return;
			case HyperloraPackage.CONDITION__WEIGHT:
				setWeight((Double)newValue);
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
			case HyperloraPackage.CONDITION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case HyperloraPackage.CONDITION__FIELD:
				setField((Field)null);
				return;
			case HyperloraPackage.CONDITION__BOUNDARY:
				setBoundary(BOUNDARY_EDEFAULT);
				return;
			case HyperloraPackage.CONDITION__EXPRESSION:
				setExpression(EXPRESSION_EDEFAULT);
				return;
			case HyperloraPackage.CONDITION__MATCH_DERIVATIVE:
				setMatchDerivative(MATCH_DERIVATIVE_EDEFAULT);
				return;
			case HyperloraPackage.CONDITION__VALUE_COEFFICIENT:
				unsetValueCoefficient();
				return;
			case HyperloraPackage.CONDITION__NORMAL_COEFFICIENT:
				unsetNormalCoefficient();
				return;
			case HyperloraPackage.CONDITION__WEIGHT:
				setWeight(WEIGHT_EDEFAULT);
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
			case HyperloraPackage.CONDITION__KIND:
				return kind != KIND_EDEFAULT;
			case HyperloraPackage.CONDITION__FIELD:
				return field != null;
			case HyperloraPackage.CONDITION__BOUNDARY:
				return BOUNDARY_EDEFAULT == null ? boundary != null : !BOUNDARY_EDEFAULT.equals(boundary);
			case HyperloraPackage.CONDITION__EXPRESSION:
				return EXPRESSION_EDEFAULT == null ? expression != null : !EXPRESSION_EDEFAULT.equals(expression);
			case HyperloraPackage.CONDITION__MATCH_DERIVATIVE:
				return matchDerivative != MATCH_DERIVATIVE_EDEFAULT;
			case HyperloraPackage.CONDITION__VALUE_COEFFICIENT:
				return isSetValueCoefficient();
			case HyperloraPackage.CONDITION__NORMAL_COEFFICIENT:
				return isSetNormalCoefficient();
			case HyperloraPackage.CONDITION__WEIGHT:
				return weight != WEIGHT_EDEFAULT;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", boundary: ");
		result.append(boundary);
		result.append(", expression: ");
		result.append(expression);
		result.append(", matchDerivative: ");
		result.append(matchDerivative);
		result.append(", valueCoefficient: ");
		if (valueCoefficientESet) result.append(valueCoefficient); else result.append("<unset>");
		result.append(", normalCoefficient: ");
		if (normalCoefficientESet) result.append(normalCoefficient); else result.append("<unset>");
		result.append(", weight: ");
		result.append(weight);
		result.append(')');
		return result.toString();
	}

} //ConditionImpl
