/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hard Constraint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The field becomes value + distance * network output, so it meets its prescribed values exactly where distance vanishes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.HardConstraint#getField <em>Field</em>}</li>
 *   <li>{@link org.hyperlora.model.HardConstraint#getValue <em>Value</em>}</li>
 *   <li>{@link org.hyperlora.model.HardConstraint#getDistance <em>Distance</em>}</li>
 *   <li>{@link org.hyperlora.model.HardConstraint#getVanishesOn <em>Vanishes On</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.model.HyperloraPackage#getHardConstraint()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='parses'"
 * @generated
 */
public interface HardConstraint extends EObject {
	/**
	 * Returns the value of the '<em><b>Field</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field</em>' reference.
	 * @see #setField(Field)
	 * @see org.hyperlora.model.HyperloraPackage#getHardConstraint_Field()
	 * @model required="true"
	 * @generated
	 */
	Field getField();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.HardConstraint#getField <em>Field</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field</em>' reference.
	 * @see #getField()
	 * @generated
	 */
	void setField(Field value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.hyperlora.model.HyperloraPackage#getHardConstraint_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.HardConstraint#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Distance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An expression of the coordinates and parameters that vanishes where the value is prescribed; leave it empty when vanishesOn names the parts (the built-in distance).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Distance</em>' attribute.
	 * @see #setDistance(String)
	 * @see org.hyperlora.model.HyperloraPackage#getHardConstraint_Distance()
	 * @model
	 * @generated
	 */
	String getDistance();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.HardConstraint#getDistance <em>Distance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Distance</em>' attribute.
	 * @see #getDistance()
	 * @generated
	 */
	void setDistance(String value);

	/**
	 * Returns the value of the '<em><b>Vanishes On</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Boundary parts (box, boundary, initial, a face, a shape, a defined part) on which the built-in distance function vanishes; used instead of distance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vanishes On</em>' attribute list.
	 * @see org.hyperlora.model.HyperloraPackage#getHardConstraint_VanishesOn()
	 * @model
	 * @generated
	 */
	EList<String> getVanishesOn();

} // HardConstraint
