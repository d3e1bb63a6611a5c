/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Parameter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.Parameter#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.hyperlora.model.Parameter#getLower <em>Lower</em>}</li>
 *   <li>{@link org.hyperlora.model.Parameter#getUpper <em>Upper</em>}</li>
 *   <li>{@link org.hyperlora.model.Parameter#getScale <em>Scale</em>}</li>
 *   <li>{@link org.hyperlora.model.Parameter#getReferenceValue <em>Reference Value</em>}</li>
 *   <li>{@link org.hyperlora.model.Parameter#getValidAbove <em>Valid Above</em>}</li>
 *   <li>{@link org.hyperlora.model.Parameter#getValidBelow <em>Valid Below</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.model.HyperloraPackage#getParameter()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='validRange'"
 * @generated
 */
public interface Parameter extends Symbol {
	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.hyperlora.model.HyperloraPackage#getParameter_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Parameter#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Lower</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lower</em>' attribute.
	 * @see #setLower(double)
	 * @see org.hyperlora.model.HyperloraPackage#getParameter_Lower()
	 * @model default="0.0"
	 * @generated
	 */
	double getLower();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Parameter#getLower <em>Lower</em>}' attribute.
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
	 * @see org.hyperlora.model.HyperloraPackage#getParameter_Upper()
	 * @model default="1.0"
	 * @generated
	 */
	double getUpper();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Parameter#getUpper <em>Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Upper</em>' attribute.
	 * @see #getUpper()
	 * @generated
	 */
	void setUpper(double value);

	/**
	 * Returns the value of the '<em><b>Scale</b></em>' attribute.
	 * The default value is <code>"linear"</code>.
	 * The literals are from the enumeration {@link org.hyperlora.model.Scale}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scale</em>' attribute.
	 * @see org.hyperlora.model.Scale
	 * @see #setScale(Scale)
	 * @see org.hyperlora.model.HyperloraPackage#getParameter_Scale()
	 * @model default="linear"
	 * @generated
	 */
	Scale getScale();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Parameter#getScale <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale</em>' attribute.
	 * @see org.hyperlora.model.Scale
	 * @see #getScale()
	 * @generated
	 */
	void setScale(Scale value);

	/**
	 * Returns the value of the '<em><b>Reference Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value the base network is trained at; unset means the middle of the range (geometric middle on a log scale).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference Value</em>' attribute.
	 * @see #isSetReferenceValue()
	 * @see #unsetReferenceValue()
	 * @see #setReferenceValue(double)
	 * @see org.hyperlora.model.HyperloraPackage#getParameter_ReferenceValue()
	 * @model unsettable="true"
	 * @generated
	 */
	double getReferenceValue();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Parameter#getReferenceValue <em>Reference Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference Value</em>' attribute.
	 * @see #isSetReferenceValue()
	 * @see #unsetReferenceValue()
	 * @see #getReferenceValue()
	 * @generated
	 */
	void setReferenceValue(double value);

	/**
	 * Unsets the value of the '{@link org.hyperlora.model.Parameter#getReferenceValue <em>Reference Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetReferenceValue()
	 * @see #getReferenceValue()
	 * @see #setReferenceValue(double)
	 * @generated
	 */
	void unsetReferenceValue();

	/**
	 * Returns whether the value of the '{@link org.hyperlora.model.Parameter#getReferenceValue <em>Reference Value</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Reference Value</em>' attribute is set.
	 * @see #unsetReferenceValue()
	 * @see #getReferenceValue()
	 * @see #setReferenceValue(double)
	 * @generated
	 */
	boolean isSetReferenceValue();

	/**
	 * Returns the value of the '<em><b>Valid Above</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The PDE family is defined only for values above this one (exclusive), e.g. 0 for a viscosity; unset means no limit. The range and every value solved for must lie above it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Valid Above</em>' attribute.
	 * @see #isSetValidAbove()
	 * @see #unsetValidAbove()
	 * @see #setValidAbove(double)
	 * @see org.hyperlora.model.HyperloraPackage#getParameter_ValidAbove()
	 * @model unsettable="true"
	 * @generated
	 */
	double getValidAbove();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Parameter#getValidAbove <em>Valid Above</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid Above</em>' attribute.
	 * @see #isSetValidAbove()
	 * @see #unsetValidAbove()
	 * @see #getValidAbove()
	 * @generated
	 */
	void setValidAbove(double value);

	/**
	 * Unsets the value of the '{@link org.hyperlora.model.Parameter#getValidAbove <em>Valid Above</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetValidAbove()
	 * @see #getValidAbove()
	 * @see #setValidAbove(double)
	 * @generated
	 */
	void unsetValidAbove();

	/**
	 * Returns whether the value of the '{@link org.hyperlora.model.Parameter#getValidAbove <em>Valid Above</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Valid Above</em>' attribute is set.
	 * @see #unsetValidAbove()
	 * @see #getValidAbove()
	 * @see #setValidAbove(double)
	 * @generated
	 */
	boolean isSetValidAbove();

	/**
	 * Returns the value of the '<em><b>Valid Below</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The PDE family is defined only for values below this one (exclusive); unset means no limit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Valid Below</em>' attribute.
	 * @see #isSetValidBelow()
	 * @see #unsetValidBelow()
	 * @see #setValidBelow(double)
	 * @see org.hyperlora.model.HyperloraPackage#getParameter_ValidBelow()
	 * @model unsettable="true"
	 * @generated
	 */
	double getValidBelow();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Parameter#getValidBelow <em>Valid Below</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid Below</em>' attribute.
	 * @see #isSetValidBelow()
	 * @see #unsetValidBelow()
	 * @see #getValidBelow()
	 * @generated
	 */
	void setValidBelow(double value);

	/**
	 * Unsets the value of the '{@link org.hyperlora.model.Parameter#getValidBelow <em>Valid Below</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetValidBelow()
	 * @see #getValidBelow()
	 * @see #setValidBelow(double)
	 * @generated
	 */
	void unsetValidBelow();

	/**
	 * Returns whether the value of the '{@link org.hyperlora.model.Parameter#getValidBelow <em>Valid Below</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Valid Below</em>' attribute is set.
	 * @see #unsetValidBelow()
	 * @see #getValidBelow()
	 * @see #setValidBelow(double)
	 * @generated
	 */
	boolean isSetValidBelow();

} // Parameter
