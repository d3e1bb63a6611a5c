/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Box</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A solid: the axis-aligned box; faces left, right (x), bottom, top (y), back, front (z).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.Box#getXmin <em>Xmin</em>}</li>
 *   <li>{@link org.hyperlora.model.Box#getYmin <em>Ymin</em>}</li>
 *   <li>{@link org.hyperlora.model.Box#getZmin <em>Zmin</em>}</li>
 *   <li>{@link org.hyperlora.model.Box#getXmax <em>Xmax</em>}</li>
 *   <li>{@link org.hyperlora.model.Box#getYmax <em>Ymax</em>}</li>
 *   <li>{@link org.hyperlora.model.Box#getZmax <em>Zmax</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.model.HyperloraPackage#getBox()
 * @model
 * @generated
 */
public interface Box extends Shape {
	/**
	 * Returns the value of the '<em><b>Xmin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lower x: a number or an expression of the parameters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Xmin</em>' attribute.
	 * @see #setXmin(String)
	 * @see org.hyperlora.model.HyperloraPackage#getBox_Xmin()
	 * @model
	 * @generated
	 */
	String getXmin();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Box#getXmin <em>Xmin</em>}' attribute.
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
	 * Lower y.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ymin</em>' attribute.
	 * @see #setYmin(String)
	 * @see org.hyperlora.model.HyperloraPackage#getBox_Ymin()
	 * @model
	 * @generated
	 */
	String getYmin();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Box#getYmin <em>Ymin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ymin</em>' attribute.
	 * @see #getYmin()
	 * @generated
	 */
	void setYmin(String value);

	/**
	 * Returns the value of the '<em><b>Zmin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lower z.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Zmin</em>' attribute.
	 * @see #setZmin(String)
	 * @see org.hyperlora.model.HyperloraPackage#getBox_Zmin()
	 * @model
	 * @generated
	 */
	String getZmin();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Box#getZmin <em>Zmin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zmin</em>' attribute.
	 * @see #getZmin()
	 * @generated
	 */
	void setZmin(String value);

	/**
	 * Returns the value of the '<em><b>Xmax</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Upper x.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Xmax</em>' attribute.
	 * @see #setXmax(String)
	 * @see org.hyperlora.model.HyperloraPackage#getBox_Xmax()
	 * @model
	 * @generated
	 */
	String getXmax();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Box#getXmax <em>Xmax</em>}' attribute.
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
	 * Upper y.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ymax</em>' attribute.
	 * @see #setYmax(String)
	 * @see org.hyperlora.model.HyperloraPackage#getBox_Ymax()
	 * @model
	 * @generated
	 */
	String getYmax();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Box#getYmax <em>Ymax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ymax</em>' attribute.
	 * @see #getYmax()
	 * @generated
	 */
	void setYmax(String value);

	/**
	 * Returns the value of the '<em><b>Zmax</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Upper z.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Zmax</em>' attribute.
	 * @see #setZmax(String)
	 * @see org.hyperlora.model.HyperloraPackage#getBox_Zmax()
	 * @model
	 * @generated
	 */
	String getZmax();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Box#getZmax <em>Zmax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zmax</em>' attribute.
	 * @see #getZmax()
	 * @generated
	 */
	void setZmax(String value);

} // Box
