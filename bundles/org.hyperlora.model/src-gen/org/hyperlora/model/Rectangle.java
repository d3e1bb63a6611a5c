/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rectangle</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.Rectangle#getXmin <em>Xmin</em>}</li>
 *   <li>{@link org.hyperlora.model.Rectangle#getYmin <em>Ymin</em>}</li>
 *   <li>{@link org.hyperlora.model.Rectangle#getXmax <em>Xmax</em>}</li>
 *   <li>{@link org.hyperlora.model.Rectangle#getYmax <em>Ymax</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.model.HyperloraPackage#getRectangle()
 * @model
 * @generated
 */
public interface Rectangle extends Shape {
	/**
	 * Returns the value of the '<em><b>Xmin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Left edge: a number or an expression of the parameters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Xmin</em>' attribute.
	 * @see #setXmin(String)
	 * @see org.hyperlora.model.HyperloraPackage#getRectangle_Xmin()
	 * @model
	 * @generated
	 */
	String getXmin();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Rectangle#getXmin <em>Xmin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Xmin</em>' attribute.
	 * @see #getXmin()
	 * @generated
	 */
	void setXmin(String value);

	/**
	 * Returns the value of the '<em><b>Ymin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bottom edge.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ymin</em>' attribute.
	 * @see #setYmin(String)
	 * @see org.hyperlora.model.HyperloraPackage#getRectangle_Ymin()
	 * @model
	 * @generated
	 */
	String getYmin();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Rectangle#getYmin <em>Ymin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ymin</em>' attribute.
	 * @see #getYmin()
	 * @generated
	 */
	void setYmin(String value);

	/**
	 * Returns the value of the '<em><b>Xmax</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Right edge.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Xmax</em>' attribute.
	 * @see #setXmax(String)
	 * @see org.hyperlora.model.HyperloraPackage#getRectangle_Xmax()
	 * @model
	 * @generated
	 */
	String getXmax();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Rectangle#getXmax <em>Xmax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Xmax</em>' attribute.
	 * @see #getXmax()
	 * @generated
	 */
	void setXmax(String value);

	/**
	 * Returns the value of the '<em><b>Ymax</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Top edge.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ymax</em>' attribute.
	 * @see #setYmax(String)
	 * @see org.hyperlora.model.HyperloraPackage#getRectangle_Ymax()
	 * @model
	 * @generated
	 */
	String getYmax();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Rectangle#getYmax <em>Ymax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ymax</em>' attribute.
	 * @see #getYmax()
	 * @generated
	 */
	void setYmax(String value);

} // Rectangle
