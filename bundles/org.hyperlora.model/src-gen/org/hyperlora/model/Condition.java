/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.Condition#getKind <em>Kind</em>}</li>
 *   <li>{@link org.hyperlora.model.Condition#getField <em>Field</em>}</li>
 *   <li>{@link org.hyperlora.model.Condition#getBoundary <em>Boundary</em>}</li>
 *   <li>{@link org.hyperlora.model.Condition#getExpression <em>Expression</em>}</li>
 *   <li>{@link org.hyperlora.model.Condition#isMatchDerivative <em>Match Derivative</em>}</li>
 *   <li>{@link org.hyperlora.model.Condition#getValueCoefficient <em>Value Coefficient</em>}</li>
 *   <li>{@link org.hyperlora.model.Condition#getNormalCoefficient <em>Normal Coefficient</em>}</li>
 *   <li>{@link org.hyperlora.model.Condition#getWeight <em>Weight</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.model.HyperloraPackage#getCondition()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='wellFormed'"
 * @generated
 */
public interface Condition extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"dirichlet"</code>.
	 * The literals are from the enumeration {@link org.hyperlora.model.ConditionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.hyperlora.model.ConditionKind
	 * @see #setKind(ConditionKind)
	 * @see org.hyperlora.model.HyperloraPackage#getCondition_Kind()
	 * @model default="dirichlet"
	 * @generated
	 */
	ConditionKind getKind();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Condition#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.hyperlora.model.ConditionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ConditionKind value);

	/**
	 * Returns the value of the '<em><b>Field</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field</em>' reference.
	 * @see #setField(Field)
	 * @see org.hyperlora.model.HyperloraPackage#getCondition_Field()
	 * @model required="true"
	 * @generated
	 */
	Field getField();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Condition#getField <em>Field</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field</em>' reference.
	 * @see #getField()
	 * @generated
	 */
	void setField(Field value);

	/**
	 * Returns the value of the '<em><b>Boundary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The boundary part: a face (left, right, bottom, top, x_min, y_max, ...) or boundary (all spatial faces); for a periodic condition the coordinate; ignored for an initial condition.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Boundary</em>' attribute.
	 * @see #setBoundary(String)
	 * @see org.hyperlora.model.HyperloraPackage#getCondition_Boundary()
	 * @model
	 * @generated
	 */
	String getBoundary();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Condition#getBoundary <em>Boundary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Boundary</em>' attribute.
	 * @see #getBoundary()
	 * @generated
	 */
	void setBoundary(String value);

	/**
	 * Returns the value of the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The prescribed value (Dirichlet, initial) or outward normal derivative (Neumann), in coordinates and parameters; unused for periodic conditions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expression</em>' attribute.
	 * @see #setExpression(String)
	 * @see org.hyperlora.model.HyperloraPackage#getCondition_Expression()
	 * @model
	 * @generated
	 */
	String getExpression();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Condition#getExpression <em>Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expression</em>' attribute.
	 * @see #getExpression()
	 * @generated
	 */
	void setExpression(String value);

	/**
	 * Returns the value of the '<em><b>Match Derivative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Match Derivative</em>' attribute.
	 * @see #setMatchDerivative(boolean)
	 * @see org.hyperlora.model.HyperloraPackage#getCondition_MatchDerivative()
	 * @model
	 * @generated
	 */
	boolean isMatchDerivative();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Condition#isMatchDerivative <em>Match Derivative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Match Derivative</em>' attribute.
	 * @see #isMatchDerivative()
	 * @generated
	 */
	void setMatchDerivative(boolean value);

	/**
	 * Returns the value of the '<em><b>Value Coefficient</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Robin conditions a*u + b*du/dn = expression: a, in coordinates and parameters (e.g. a heat transfer coefficient); 1 when unset; unused by other kinds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value Coefficient</em>' attribute.
	 * @see #isSetValueCoefficient()
	 * @see #unsetValueCoefficient()
	 * @see #setValueCoefficient(String)
	 * @see org.hyperlora.model.HyperloraPackage#getCondition_ValueCoefficient()
	 * @model unsettable="true"
	 * @generated
	 */
	String getValueCoefficient();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Condition#getValueCoefficient <em>Value Coefficient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value Coefficient</em>' attribute.
	 * @see #isSetValueCoefficient()
	 * @see #unsetValueCoefficient()
	 * @see #getValueCoefficient()
	 * @generated
	 */
	void setValueCoefficient(String value);

	/**
	 * Unsets the value of the '{@link org.hyperlora.model.Condition#getValueCoefficient <em>Value Coefficient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetValueCoefficient()
	 * @see #getValueCoefficient()
	 * @see #setValueCoefficient(String)
	 * @generated
	 */
	void unsetValueCoefficient();

	/**
	 * Returns whether the value of the '{@link org.hyperlora.model.Condition#getValueCoefficient <em>Value Coefficient</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Value Coefficient</em>' attribute is set.
	 * @see #unsetValueCoefficient()
	 * @see #getValueCoefficient()
	 * @see #setValueCoefficient(String)
	 * @generated
	 */
	boolean isSetValueCoefficient();

	/**
	 * Returns the value of the '<em><b>Normal Coefficient</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Robin conditions a*u + b*du/dn = expression: b, in coordinates and parameters (e.g. a conductivity); 1 when unset; unused by other kinds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Normal Coefficient</em>' attribute.
	 * @see #isSetNormalCoefficient()
	 * @see #unsetNormalCoefficient()
	 * @see #setNormalCoefficient(String)
	 * @see org.hyperlora.model.HyperloraPackage#getCondition_NormalCoefficient()
	 * @model unsettable="true"
	 * @generated
	 */
	String getNormalCoefficient();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Condition#getNormalCoefficient <em>Normal Coefficient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Normal Coefficient</em>' attribute.
	 * @see #isSetNormalCoefficient()
	 * @see #unsetNormalCoefficient()
	 * @see #getNormalCoefficient()
	 * @generated
	 */
	void setNormalCoefficient(String value);

	/**
	 * Unsets the value of the '{@link org.hyperlora.model.Condition#getNormalCoefficient <em>Normal Coefficient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetNormalCoefficient()
	 * @see #getNormalCoefficient()
	 * @see #setNormalCoefficient(String)
	 * @generated
	 */
	void unsetNormalCoefficient();

	/**
	 * Returns whether the value of the '{@link org.hyperlora.model.Condition#getNormalCoefficient <em>Normal Coefficient</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Normal Coefficient</em>' attribute is set.
	 * @see #unsetNormalCoefficient()
	 * @see #getNormalCoefficient()
	 * @see #setNormalCoefficient(String)
	 * @generated
	 */
	boolean isSetNormalCoefficient();

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(double)
	 * @see org.hyperlora.model.HyperloraPackage#getCondition_Weight()
	 * @model default="1.0"
	 * @generated
	 */
	double getWeight();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Condition#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(double value);

} // Condition
