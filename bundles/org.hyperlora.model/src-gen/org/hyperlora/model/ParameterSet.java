/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Parameter Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Parameter values: listed (explicit) or by a rule over the parameters' ranges (evenly spaced with the ends; cell centres, which never hit evenly spaced values).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.ParameterSet#getName <em>Name</em>}</li>
 *   <li>{@link org.hyperlora.model.ParameterSet#getRole <em>Role</em>}</li>
 *   <li>{@link org.hyperlora.model.ParameterSet#getRule <em>Rule</em>}</li>
 *   <li>{@link org.hyperlora.model.ParameterSet#getCount <em>Count</em>}</li>
 *   <li>{@link org.hyperlora.model.ParameterSet#getPoints <em>Points</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.model.HyperloraPackage#getParameterSet()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='wellFormed'"
 * @generated
 */
public interface ParameterSet extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.hyperlora.model.HyperloraPackage#getParameterSet_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.ParameterSet#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The default value is <code>"training"</code>.
	 * The literals are from the enumeration {@link org.hyperlora.model.ParameterSetRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.hyperlora.model.ParameterSetRole
	 * @see #setRole(ParameterSetRole)
	 * @see org.hyperlora.model.HyperloraPackage#getParameterSet_Role()
	 * @model default="training"
	 * @generated
	 */
	ParameterSetRole getRole();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.ParameterSet#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.hyperlora.model.ParameterSetRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(ParameterSetRole value);

	/**
	 * Returns the value of the '<em><b>Rule</b></em>' attribute.
	 * The default value is <code>"explicit"</code>.
	 * The literals are from the enumeration {@link org.hyperlora.model.ParameterRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule</em>' attribute.
	 * @see org.hyperlora.model.ParameterRule
	 * @see #setRule(ParameterRule)
	 * @see org.hyperlora.model.HyperloraPackage#getParameterSet_Rule()
	 * @model default="explicit"
	 * @generated
	 */
	ParameterRule getRule();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.ParameterSet#getRule <em>Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule</em>' attribute.
	 * @see org.hyperlora.model.ParameterRule
	 * @see #getRule()
	 * @generated
	 */
	void setRule(ParameterRule value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(int)
	 * @see org.hyperlora.model.HyperloraPackage#getParameterSet_Count()
	 * @model
	 * @generated
	 */
	int getCount();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.ParameterSet#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(int value);

	/**
	 * Returns the value of the '<em><b>Points</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperlora.model.ParameterPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Points</em>' containment reference list.
	 * @see org.hyperlora.model.HyperloraPackage#getParameterSet_Points()
	 * @model containment="true"
	 * @generated
	 */
	EList<ParameterPoint> getPoints();

} // ParameterSet
