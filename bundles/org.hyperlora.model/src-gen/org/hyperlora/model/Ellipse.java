/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ellipse</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.Ellipse#getCenterX <em>Center X</em>}</li>
 *   <li>{@link org.hyperlora.model.Ellipse#getCenterY <em>Center Y</em>}</li>
 *   <li>{@link org.hyperlora.model.Ellipse#getRadiusX <em>Radius X</em>}</li>
 *   <li>{@link org.hyperlora.model.Ellipse#getRadiusY <em>Radius Y</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.model.HyperloraPackage#getEllipse()
 * @model
 * @generated
 */
public interface Ellipse extends Shape {
	/**
	 * Returns the value of the '<em><b>Center X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Centre x: a number or an expression of the parameters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Center X</em>' attribute.
	 * @see #setCenterX(String)
	 * @see org.hyperlora.model.HyperloraPackage#getEllipse_CenterX()
	 * @model
	 * @generated
	 */
	String getCenterX();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Ellipse#getCenterX <em>Center X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Center X</em>' attribute.
	 * @see #getCenterX()
	 * @generated
	 */
	void setCenterX(String value);

	/**
	 * Returns the value of the '<em><b>Center Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Centre y.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Center Y</em>' attribute.
	 * @see #setCenterY(String)
	 * @see org.hyperlora.model.HyperloraPackage#getEllipse_CenterY()
	 * @model
	 * @generated
	 */
	String getCenterY();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Ellipse#getCenterY <em>Center Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Center Y</em>' attribute.
	 * @see #getCenterY()
	 * @generated
	 */
	void setCenterY(String value);

	/**
	 * Returns the value of the '<em><b>Radius X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Semi-axis along x, positive.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Radius X</em>' attribute.
	 * @see #setRadiusX(String)
	 * @see org.hyperlora.model.HyperloraPackage#getEllipse_RadiusX()
	 * @model
	 * @generated
	 */
	String getRadiusX();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Ellipse#getRadiusX <em>Radius X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Radius X</em>' attribute.
	 * @see #getRadiusX()
	 * @generated
	 */
	void setRadiusX(String value);

	/**
	 * Returns the value of the '<em><b>Radius Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Semi-axis along y, positive.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Radius Y</em>' attribute.
	 * @see #setRadiusY(String)
	 * @see org.hyperlora.model.HyperloraPackage#getEllipse_RadiusY()
	 * @model
	 * @generated
	 */
	String getRadiusY();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Ellipse#getRadiusY <em>Radius Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Radius Y</em>' attribute.
	 * @see #getRadiusY()
	 * @generated
	 */
	void setRadiusY(String value);

} // Ellipse
