/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.workflow.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.hyperlora.workflow.GridAxis;
import org.hyperlora.workflow.ParameterAssignment;
import org.hyperlora.workflow.SolveStep;
import org.hyperlora.workflow.WorkflowPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Solve Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.workflow.impl.SolveStepImpl#getValues <em>Values</em>}</li>
 *   <li>{@link org.hyperlora.workflow.impl.SolveStepImpl#getGrid <em>Grid</em>}</li>
 *   <li>{@link org.hyperlora.workflow.impl.SolveStepImpl#getPointsFile <em>Points File</em>}</li>
 *   <li>{@link org.hyperlora.workflow.impl.SolveStepImpl#getVtkOutput <em>Vtk Output</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SolveStepImpl extends SolverStepImpl implements SolveStep {
	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected EList<ParameterAssignment> values;

	/**
	 * The cached value of the '{@link #getGrid() <em>Grid</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrid()
	 * @generated
	 * @ordered
	 */
	protected EList<GridAxis> grid;

	/**
	 * The default value of the '{@link #getPointsFile() <em>Points File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPointsFile()
	 * @generated
	 * @ordered
	 */
	protected static final String POINTS_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPointsFile() <em>Points File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPointsFile()
	 * @generated
	 * @ordered
	 */
	protected String pointsFile = POINTS_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getVtkOutput() <em>Vtk Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVtkOutput()
	 * @generated
	 * @ordered
	 */
	protected static final String VTK_OUTPUT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVtkOutput() <em>Vtk Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVtkOutput()
	 * @generated
	 * @ordered
	 */
	protected String vtkOutput = VTK_OUTPUT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SolveStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WorkflowPackage.Literals.SOLVE_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ParameterAssignment> getValues() {
		if (values == null) {
			values = new EObjectContainmentEList<ParameterAssignment>(ParameterAssignment.class, this, WorkflowPackage.SOLVE_STEP__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GridAxis> getGrid() {
		if (grid == null) {
			grid = new EObjectContainmentEList<GridAxis>(GridAxis.class, this, WorkflowPackage.SOLVE_STEP__GRID);
		}
		return grid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPointsFile() {
		return pointsFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPointsFile(String newPointsFile) {
		String oldPointsFile = pointsFile;
		pointsFile = newPointsFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.SOLVE_STEP__POINTS_FILE, oldPointsFile, pointsFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVtkOutput() {
		return vtkOutput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVtkOutput(String newVtkOutput) {
		String oldVtkOutput = vtkOutput;
		vtkOutput = newVtkOutput;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.SOLVE_STEP__VTK_OUTPUT, oldVtkOutput, vtkOutput));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WorkflowPackage.SOLVE_STEP__VALUES:
				return ((InternalEList<?>)getValues()).basicRemove(otherEnd, msgs);
			case WorkflowPackage.SOLVE_STEP__GRID:
				return ((InternalEList<?>)getGrid()).basicRemove(otherEnd, msgs);
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
			case WorkflowPackage.SOLVE_STEP__VALUES:
				return getValues();
			case WorkflowPackage.SOLVE_STEP__GRID:
				return getGrid();
			case WorkflowPackage.SOLVE_STEP__POINTS_FILE:
				return getPointsFile();
			case WorkflowPackage.SOLVE_STEP__VTK_OUTPUT:
				return getVtkOutput();
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
			case WorkflowPackage.SOLVE_STEP__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends ParameterAssignment>)newValue);
				return;
			case WorkflowPackage.SOLVE_STEP__GRID:
				getGrid().clear();
				getGrid().addAll((Collection<? extends GridAxis>)newValue);
				return;
			case WorkflowPackage.SOLVE_STEP__POINTS_FILE:
				setPointsFile((String)newValue);
				return;
			case WorkflowPackage.SOLVE_STEP__VTK_OUTPUT:
				setVtkOutput((String)newValue);
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
			case WorkflowPackage.SOLVE_STEP__VALUES:
				getValues().clear();
				return;
			case WorkflowPackage.SOLVE_STEP__GRID:
				getGrid().clear();
				return;
			case WorkflowPackage.SOLVE_STEP__POINTS_FILE:
				setPointsFile(POINTS_FILE_EDEFAULT);
				return;
			case WorkflowPackage.SOLVE_STEP__VTK_OUTPUT:
				setVtkOutput(VTK_OUTPUT_EDEFAULT);
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
			case WorkflowPackage.SOLVE_STEP__VALUES:
				return values != null && !values.isEmpty();
			case WorkflowPackage.SOLVE_STEP__GRID:
				return grid != null && !grid.isEmpty();
			case WorkflowPackage.SOLVE_STEP__POINTS_FILE:
				return POINTS_FILE_EDEFAULT == null ? pointsFile != null : !POINTS_FILE_EDEFAULT.equals(pointsFile);
			case WorkflowPackage.SOLVE_STEP__VTK_OUTPUT:
				return VTK_OUTPUT_EDEFAULT == null ? vtkOutput != null : !VTK_OUTPUT_EDEFAULT.equals(vtkOutput);
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
		result.append(" (pointsFile: ");
		result.append(pointsFile);
		result.append(", vtkOutput: ");
		result.append(vtkOutput);
		result.append(')');
		return result.toString();
	}

} //SolveStepImpl
