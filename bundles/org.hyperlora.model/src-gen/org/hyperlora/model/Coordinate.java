/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Coordinate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.Coordinate#getLower <em>Lower</em>}</li>
 *   <li>{@link org.hyperlora.model.Coordinate#getUpper <em>Upper</em>}</li>
 *   <li>{@link org.hyperlora.model.Coordinate#isTime <em>Time</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.model.HyperloraPackage#getCoordinate()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='validRange'"
 * @generated
 */
public interface Coordinate extends Symbol {
	/**
	 * Returns the value of the '<em><b>Lower</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lower</em>' attribute.
	 * @see #setLower(double)
	 * @see org.hyperlora.model.HyperloraPackage#getCoordinate_Lower()
	 * @model default="0.0"
	 * @generated
	 */
	double getLower();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Coordinate#getLower <em>Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lower</em>' attribute.
	 * @see #getLower()
	 * @generated
	 */
	void setLower(double value);

	/**
	 * Returns the value of the '<em><b>Upper</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Upper</em>' attribute.
	 * @see #setUpper(double)
	 * @see org.hyperlora.model.HyperloraPackage#getCoordinate_Upper()
	 * @model default="1.0"
	 * @generated
	 */
	double getUpper();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Coordinate#getUpper <em>Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Upper</em>' attribute.
	 * @see #getUpper()
	 * @generated
	 */
	void setUpper(double value);

	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(boolean)
	 * @see org.hyperlora.model.HyperloraPackage#getCoordinate_Time()
	 * @model
	 * @generated
	 */
	boolean isTime();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Coordinate#isTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #isTime()
	 * @generated
	 */
	void setTime(boolean value);

} // Coordinate
