/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Equation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.Equation#getName <em>Name</em>}</li>
 *   <li>{@link org.hyperlora.model.Equation#getResidual <em>Residual</em>}</li>
 *   <li>{@link org.hyperlora.model.Equation#getWeight <em>Weight</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.model.HyperloraPackage#getEquation()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='parses'"
 * @generated
 */
public interface Equation extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.hyperlora.model.HyperloraPackage#getEquation_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Equation#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Residual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The residual, zero where the PDE holds, e.g. u_t + u*u_x - nu*u_xx.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Residual</em>' attribute.
	 * @see #setResidual(String)
	 * @see org.hyperlora.model.HyperloraPackage#getEquation_Residual()
	 * @model
	 * @generated
	 */
	String getResidual();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Equation#getResidual <em>Residual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Residual</em>' attribute.
	 * @see #getResidual()
	 * @generated
	 */
	void setResidual(String value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(double)
	 * @see org.hyperlora.model.HyperloraPackage#getEquation_Weight()
	 * @model default="1.0"
	 * @generated
	 */
	double getWeight();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Equation#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(double value);

} // Equation
