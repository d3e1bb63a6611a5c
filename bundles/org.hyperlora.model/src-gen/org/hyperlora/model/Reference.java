/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.Reference#getKind <em>Kind</em>}</li>
 *   <li>{@link org.hyperlora.model.Reference#getBuiltin <em>Builtin</em>}</li>
 *   <li>{@link org.hyperlora.model.Reference#getDataFile <em>Data File</em>}</li>
 *   <li>{@link org.hyperlora.model.Reference#getDataWeight <em>Data Weight</em>}</li>
 *   <li>{@link org.hyperlora.model.Reference#getMeanShiftedFields <em>Mean Shifted Fields</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.model.HyperloraPackage#getReference()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='wellFormed'"
 * @generated
 */
public interface Reference extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"builtin"</code>.
	 * The literals are from the enumeration {@link org.hyperlora.model.ReferenceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.hyperlora.model.ReferenceKind
	 * @see #setKind(ReferenceKind)
	 * @see org.hyperlora.model.HyperloraPackage#getReference_Kind()
	 * @model default="builtin"
	 * @generated
	 */
	ReferenceKind getKind();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Reference#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.hyperlora.model.ReferenceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ReferenceKind value);

	/**
	 * Returns the value of the '<em><b>Builtin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Builtin</em>' attribute.
	 * @see #setBuiltin(String)
	 * @see org.hyperlora.model.HyperloraPackage#getReference_Builtin()
	 * @model
	 * @generated
	 */
	String getBuiltin();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Reference#getBuiltin <em>Builtin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Builtin</em>' attribute.
	 * @see #getBuiltin()
	 * @generated
	 */
	void setBuiltin(String value);

	/**
	 * Returns the value of the '<em><b>Data File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A CSV file, relative to the study file: a header with the parameters, the coordinates and the fields by name, one row per point.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data File</em>' attribute.
	 * @see #setDataFile(String)
	 * @see org.hyperlora.model.HyperloraPackage#getReference_DataFile()
	 * @model
	 * @generated
	 */
	String getDataFile();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Reference#getDataFile <em>Data File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data File</em>' attribute.
	 * @see #getDataFile()
	 * @generated
	 */
	void setDataFile(String value);

	/**
	 * Returns the value of the '<em><b>Data Weight</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The weight of a data-loss term (mean squared difference to the data file's values) in the base, fit and hypernetwork training: hybrid physics and data. 0 (the default) uses the data only to measure errors. With a weight, the data's parameter values are also fitted per instance and are part of every physics batch of the hypernetwork.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Weight</em>' attribute.
	 * @see #setDataWeight(double)
	 * @see org.hyperlora.model.HyperloraPackage#getReference_DataWeight()
	 * @model default="0.0"
	 * @generated
	 */
	double getDataWeight();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Reference#getDataWeight <em>Data Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Weight</em>' attribute.
	 * @see #getDataWeight()
	 * @generated
	 */
	void setDataWeight(double value);

	/**
	 * Returns the value of the '<em><b>Mean Shifted Fields</b></em>' reference list.
	 * The list contents are of type {@link org.hyperlora.model.Field}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fields determined up to a constant (a pressure): compared after subtracting means.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mean Shifted Fields</em>' reference list.
	 * @see org.hyperlora.model.HyperloraPackage#getReference_MeanShiftedFields()
	 * @model
	 * @generated
	 */
	EList<Field> getMeanShiftedFields();

} // Reference
