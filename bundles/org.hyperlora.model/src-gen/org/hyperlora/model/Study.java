/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Study</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.Study#getName <em>Name</em>}</li>
 *   <li>{@link org.hyperlora.model.Study#getDescription <em>Description</em>}</li>
 *   <li>{@link org.hyperlora.model.Study#getFamily <em>Family</em>}</li>
 *   <li>{@link org.hyperlora.model.Study#getMethod <em>Method</em>}</li>
 *   <li>{@link org.hyperlora.model.Study#getParameterSets <em>Parameter Sets</em>}</li>
 *   <li>{@link org.hyperlora.model.Study#getResults <em>Results</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.model.HyperloraPackage#getStudy()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='wellFormed'"
 * @generated
 */
public interface Study extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.hyperlora.model.HyperloraPackage#getStudy_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Study#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.hyperlora.model.HyperloraPackage#getStudy_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Study#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Family</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Family</em>' containment reference.
	 * @see #setFamily(PdeFamily)
	 * @see org.hyperlora.model.HyperloraPackage#getStudy_Family()
	 * @model containment="true" required="true"
	 * @generated
	 */
	PdeFamily getFamily();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Study#getFamily <em>Family</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family</em>' containment reference.
	 * @see #getFamily()
	 * @generated
	 */
	void setFamily(PdeFamily value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method</em>' containment reference.
	 * @see #setMethod(MethodSettings)
	 * @see org.hyperlora.model.HyperloraPackage#getStudy_Method()
	 * @model containment="true" required="true"
	 * @generated
	 */
	MethodSettings getMethod();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Study#getMethod <em>Method</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' containment reference.
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(MethodSettings value);

	/**
	 * Returns the value of the '<em><b>Parameter Sets</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperlora.model.ParameterSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameter Sets</em>' containment reference list.
	 * @see org.hyperlora.model.HyperloraPackage#getStudy_ParameterSets()
	 * @model containment="true"
	 * @generated
	 */
	EList<ParameterSet> getParameterSets();

	/**
	 * Returns the value of the '<em><b>Results</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Results</em>' containment reference.
	 * @see #setResults(Results)
	 * @see org.hyperlora.model.HyperloraPackage#getStudy_Results()
	 * @model containment="true"
	 * @generated
	 */
	Results getResults();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Study#getResults <em>Results</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Results</em>' containment reference.
	 * @see #getResults()
	 * @generated
	 */
	void setResults(Results value);

} // Study
