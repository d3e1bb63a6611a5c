/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sphere</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A solid: the ball around a centre; one face, surface.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.Sphere#getCenterX <em>Center X</em>}</li>
 *   <li>{@link org.hyperlora.model.Sphere#getCenterY <em>Center Y</em>}</li>
 *   <li>{@link org.hyperlora.model.Sphere#getCenterZ <em>Center Z</em>}</li>
 *   <li>{@link org.hyperlora.model.Sphere#getRadius <em>Radius</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.model.HyperloraPackage#getSphere()
 * @model
 * @generated
 */
public interface Sphere extends Shape {
	/**
	 * Returns the value of the '<em><b>Center X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Centre x: a number or an expression of the parameters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Center X</em>' attribute.
	 * @see #setCenterX(String)
	 * @see org.hyperlora.model.HyperloraPackage#getSphere_CenterX()
	 * @model
	 * @generated
	 */
	String getCenterX();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Sphere#getCenterX <em>Center X</em>}' attribute.
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
	 * @see org.hyperlora.model.HyperloraPackage#getSphere_CenterY()
	 * @model
	 * @generated
	 */
	String getCenterY();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Sphere#getCenterY <em>Center Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Center Y</em>' attribute.
	 * @see #getCenterY()
	 * @generated
	 */
	void setCenterY(String value);

	/**
	 * Returns the value of the '<em><b>Center Z</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Centre z.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Center Z</em>' attribute.
	 * @see #setCenterZ(String)
	 * @see org.hyperlora.model.HyperloraPackage#getSphere_CenterZ()
	 * @model
	 * @generated
	 */
	String getCenterZ();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Sphere#getCenterZ <em>Center Z</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Center Z</em>' attribute.
	 * @see #getCenterZ()
	 * @generated
	 */
	void setCenterZ(String value);

	/**
	 * Returns the value of the '<em><b>Radius</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Radius, positive.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Radius</em>' attribute.
	 * @see #setRadius(String)
	 * @see org.hyperlora.model.HyperloraPackage#getSphere_Radius()
	 * @model
	 * @generated
	 */
	String getRadius();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Sphere#getRadius <em>Radius</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Radius</em>' attribute.
	 * @see #getRadius()
	 * @generated
	 */
	void setRadius(String value);

} // Sphere
