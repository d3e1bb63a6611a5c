/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.hyperlora.model.BoundaryPart;
import org.hyperlora.model.Condition;
import org.hyperlora.model.Coordinate;
import org.hyperlora.model.Equation;
import org.hyperlora.model.Field;
import org.hyperlora.model.HardConstraint;
import org.hyperlora.model.HyperloraPackage;
import org.hyperlora.model.Parameter;
import org.hyperlora.model.PdeFamily;
import org.hyperlora.model.Reference;
import org.hyperlora.model.Shape;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pde Family</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.impl.PdeFamilyImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.PdeFamilyImpl#getCoordinates <em>Coordinates</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.PdeFamilyImpl#getFields <em>Fields</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.PdeFamilyImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.PdeFamilyImpl#getEquations <em>Equations</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.PdeFamilyImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.PdeFamilyImpl#getHardConstraints <em>Hard Constraints</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.PdeFamilyImpl#getReference <em>Reference</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.PdeFamilyImpl#getShapes <em>Shapes</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.PdeFamilyImpl#getBoundaryParts <em>Boundary Parts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PdeFamilyImpl extends MinimalEObjectImpl.Container implements PdeFamily {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCoordinates() <em>Coordinates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoordinates()
	 * @generated
	 * @ordered
	 */
	protected EList<Coordinate> coordinates;

	/**
	 * The cached value of the '{@link #getFields() <em>Fields</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFields()
	 * @generated
	 * @ordered
	 */
	protected EList<Field> fields;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<Parameter> parameters;

	/**
	 * The cached value of the '{@link #getEquations() <em>Equations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEquations()
	 * @generated
	 * @ordered
	 */
	protected EList<Equation> equations;

	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<Condition> conditions;

	/**
	 * The cached value of the '{@link #getHardConstraints() <em>Hard Constraints</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHardConstraints()
	 * @generated
	 * @ordered
	 */
	protected EList<HardConstraint> hardConstraints;

	/**
	 * The cached value of the '{@link #getReference() <em>Reference</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected Reference reference;

	/**
	 * The cached value of the '{@link #getShapes() <em>Shapes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShapes()
	 * @generated
	 * @ordered
	 */
	protected EList<Shape> shapes;

	/**
	 * The cached value of the '{@link #getBoundaryParts() <em>Boundary Parts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBoundaryParts()
	 * @generated
	 * @ordered
	 */
	protected EList<BoundaryPart> boundaryParts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PdeFamilyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HyperloraPackage.Literals.PDE_FAMILY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.PDE_FAMILY__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Coordinate> getCoordinates() {
		if (coordinates == null) {
			coordinates = new EObjectContainmentEList<Coordinate>(Coordinate.class, this, HyperloraPackage.PDE_FAMILY__COORDINATES);
		}
		return coordinates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Field> getFields() {
		if (fields == null) {
			fields = new EObjectContainmentEList<Field>(Field.class, this, HyperloraPackage.PDE_FAMILY__FIELDS);
		}
		return fields;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Parameter> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<Parameter>(Parameter.class, this, HyperloraPackage.PDE_FAMILY__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Equation> getEquations() {
		if (equations == null) {
			equations = new EObjectContainmentEList<Equation>(Equation.class, this, HyperloraPackage.PDE_FAMILY__EQUATIONS);
		}
		return equations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Condition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<Condition>(Condition.class, this, HyperloraPackage.PDE_FAMILY__CONDITIONS);
		}
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HardConstraint> getHardConstraints() {
		if (hardConstraints == null) {
			hardConstraints = new EObjectContainmentEList<HardConstraint>(HardConstraint.class, this, HyperloraPackage.PDE_FAMILY__HARD_CONSTRAINTS);
		}
		return hardConstraints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Reference getReference() {
		return reference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetReference(Reference newReference, NotificationChain msgs) {
		Reference oldReference = reference;
		reference = newReference;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, HyperloraPackage.PDE_FAMILY__REFERENCE, oldReference, newReference);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReference(Reference newReference) {
		if (newReference != reference) {
			NotificationChain msgs = null;
			if (reference != null)
				msgs = ((InternalEObject)reference).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - HyperloraPackage.PDE_FAMILY__REFERENCE, null, msgs);
			if (newReference != null)
				msgs = ((InternalEObject)newReference).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - HyperloraPackage.PDE_FAMILY__REFERENCE, null, msgs);
			msgs = basicSetReference(newReference, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.PDE_FAMILY__REFERENCE, newReference, newReference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Shape> getShapes() {
		if (shapes == null) {
			shapes = new EObjectContainmentEList<Shape>(Shape.class, this, HyperloraPackage.PDE_FAMILY__SHAPES);
		}
		return shapes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BoundaryPart> getBoundaryParts() {
		if (boundaryParts == null) {
			boundaryParts = new EObjectContainmentEList<BoundaryPart>(BoundaryPart.class, this, HyperloraPackage.PDE_FAMILY__BOUNDARY_PARTS);
		}
		return boundaryParts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HyperloraPackage.PDE_FAMILY__COORDINATES:
				return ((InternalEList<?>)getCoordinates()).basicRemove(otherEnd, msgs);
			case HyperloraPackage.PDE_FAMILY__FIELDS:
				return ((InternalEList<?>)getFields()).basicRemove(otherEnd, msgs);
			case HyperloraPackage.PDE_FAMILY__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
			case HyperloraPackage.PDE_FAMILY__EQUATIONS:
				return ((InternalEList<?>)getEquations()).basicRemove(otherEnd, msgs);
			case HyperloraPackage.PDE_FAMILY__CONDITIONS:
				return ((InternalEList<?>)getConditions()).basicRemove(otherEnd, msgs);
			case HyperloraPackage.PDE_FAMILY__HARD_CONSTRAINTS:
				return ((InternalEList<?>)getHardConstraints()).basicRemove(otherEnd, msgs);
			case HyperloraPackage.PDE_FAMILY__REFERENCE:
				return basicSetReference(null, msgs);
			case HyperloraPackage.PDE_FAMILY__SHAPES:
				return ((InternalEList<?>)getShapes()).basicRemove(otherEnd, msgs);
			case HyperloraPackage.PDE_FAMILY__BOUNDARY_PARTS:
				return ((InternalEList<?>)getBoundaryParts()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HyperloraPackage.PDE_FAMILY__NAME:
				return getName();
			case HyperloraPackage.PDE_FAMILY__COORDINATES:
				return getCoordinates();
			case HyperloraPackage.PDE_FAMILY__FIELDS:
				return getFields();
			case HyperloraPackage.PDE_FAMILY__PARAMETERS:
				return getParameters();
			case HyperloraPackage.PDE_FAMILY__EQUATIONS:
				return getEquations();
			case HyperloraPackage.PDE_FAMILY__CONDITIONS:
				return getConditions();
			case HyperloraPackage.PDE_FAMILY__HARD_CONSTRAINTS:
				return getHardConstraints();
			case HyperloraPackage.PDE_FAMILY__REFERENCE:
				return getReference();
			case HyperloraPackage.PDE_FAMILY__SHAPES:
				return getShapes();
			case HyperloraPackage.PDE_FAMILY__BOUNDARY_PARTS:
				return getBoundaryParts();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case HyperloraPackage.PDE_FAMILY__NAME:
				setName((String)newValue);
				return;
			case HyperloraPackage.PDE_FAMILY__COORDINATES:
				getCoordinates().clear();
				getCoordinates().addAll((Collection<? extends Coordinate>)newValue);
				return;
			case HyperloraPackage.PDE_FAMILY__FIELDS:
				getFields().clear();
				getFields().addAll((Collection<? extends Field>)newValue);
				return;
			case HyperloraPackage.PDE_FAMILY__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends Parameter>)newValue);
				return;
			case HyperloraPackage.PDE_FAMILY__EQUATIONS:
				getEquations().clear();
				getEquations().addAll((Collection<? extends Equation>)newValue);
				return;
			case HyperloraPackage.PDE_FAMILY__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends Condition>)newValue);
				return;
			case HyperloraPackage.PDE_FAMILY__HARD_CONSTRAINTS:
				getHardConstraints().clear();
				getHardConstraints().addAll((Collection<? extends HardConstraint>)newValue);
				return;
			case HyperloraPackage.PDE_FAMILY__REFERENCE:
				setReference((Reference)newValue);
				return;
			case HyperloraPackage.PDE_FAMILY__SHAPES:
				getShapes().clear();
				getShapes().addAll((Collection<? extends Shape>)newValue);
				return;
			case HyperloraPackage.PDE_FAMILY__BOUNDARY_PARTS:
				getBoundaryParts().clear();
				getBoundaryParts().addAll((Collection<? extends BoundaryPart>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case HyperloraPackage.PDE_FAMILY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case HyperloraPackage.PDE_FAMILY__COORDINATES:
				getCoordinates().clear();
				return;
			case HyperloraPackage.PDE_FAMILY__FIELDS:
				getFields().clear();
				return;
			case HyperloraPackage.PDE_FAMILY__PARAMETERS:
				getParameters().clear();
				return;
			case HyperloraPackage.PDE_FAMILY__EQUATIONS:
				getEquations().clear();
				return;
			case HyperloraPackage.PDE_FAMILY__CONDITIONS:
				getConditions().clear();
				return;
			case HyperloraPackage.PDE_FAMILY__HARD_CONSTRAINTS:
				getHardConstraints().clear();
				return;
			case HyperloraPackage.PDE_FAMILY__REFERENCE:
				setReference((Reference)null);
				return;
			case HyperloraPackage.PDE_FAMILY__SHAPES:
				getShapes().clear();
				return;
			case HyperloraPackage.PDE_FAMILY__BOUNDARY_PARTS:
				getBoundaryParts().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case HyperloraPackage.PDE_FAMILY__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case HyperloraPackage.PDE_FAMILY__COORDINATES:
				return coordinates != null && !coordinates.isEmpty();
			case HyperloraPackage.PDE_FAMILY__FIELDS:
				return fields != null && !fields.isEmpty();
			case HyperloraPackage.PDE_FAMILY__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case HyperloraPackage.PDE_FAMILY__EQUATIONS:
				return equations != null && !equations.isEmpty();
			case HyperloraPackage.PDE_FAMILY__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case HyperloraPackage.PDE_FAMILY__HARD_CONSTRAINTS:
				return hardConstraints != null && !hardConstraints.isEmpty();
			case HyperloraPackage.PDE_FAMILY__REFERENCE:
				return reference != null;
			case HyperloraPackage.PDE_FAMILY__SHAPES:
				return shapes != null && !shapes.isEmpty();
			case HyperloraPackage.PDE_FAMILY__BOUNDARY_PARTS:
				return boundaryParts != null && !boundaryParts.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //PdeFamilyImpl
