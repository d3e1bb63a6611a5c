/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.workflow.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.hyperlora.workflow.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.hyperlora.workflow.WorkflowPackage
 * @generated
 */
public class WorkflowSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static WorkflowPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WorkflowSwitch() {
		if (modelPackage == null) {
			modelPackage = WorkflowPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case WorkflowPackage.WORKFLOW: {
				Workflow workflow = (Workflow)theEObject;
				T result = caseWorkflow(workflow);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WorkflowPackage.STEP: {
				Step step = (Step)theEObject;
				T result = caseStep(step);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WorkflowPackage.STUDY_STEP: {
				StudyStep studyStep = (StudyStep)theEObject;
				T result = caseStudyStep(studyStep);
				if (result == null) result = caseStep(studyStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WorkflowPackage.TRAIN_STEP: {
				TrainStep trainStep = (TrainStep)theEObject;
				T result = caseTrainStep(trainStep);
				if (result == null) result = caseStudyStep(trainStep);
				if (result == null) result = caseStep(trainStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WorkflowPackage.SOLVER_STEP: {
				SolverStep solverStep = (SolverStep)theEObject;
				T result = caseSolverStep(solverStep);
				if (result == null) result = caseStudyStep(solverStep);
				if (result == null) result = caseStep(solverStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WorkflowPackage.SOLVE_STEP: {
				SolveStep solveStep = (SolveStep)theEObject;
				T result = caseSolveStep(solveStep);
				if (result == null) result = caseSolverStep(solveStep);
				if (result == null) result = caseStudyStep(solveStep);
				if (result == null) result = caseStep(solveStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WorkflowPackage.SWEEP_STEP: {
				SweepStep sweepStep = (SweepStep)theEObject;
				T result = caseSweepStep(sweepStep);
				if (result == null) result = caseSolverStep(sweepStep);
				if (result == null) result = caseStudyStep(sweepStep);
				if (result == null) result = caseStep(sweepStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WorkflowPackage.COMPARE_STEP: {
				CompareStep compareStep = (CompareStep)theEObject;
				T result = caseCompareStep(compareStep);
				if (result == null) result = caseSolverStep(compareStep);
				if (result == null) result = caseStudyStep(compareStep);
				if (result == null) result = caseStep(compareStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WorkflowPackage.CALIBRATE_STEP: {
				CalibrateStep calibrateStep = (CalibrateStep)theEObject;
				T result = caseCalibrateStep(calibrateStep);
				if (result == null) result = caseSolverStep(calibrateStep);
				if (result == null) result = caseStudyStep(calibrateStep);
				if (result == null) result = caseStep(calibrateStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WorkflowPackage.OPTIMIZE_STEP: {
				OptimizeStep optimizeStep = (OptimizeStep)theEObject;
				T result = caseOptimizeStep(optimizeStep);
				if (result == null) result = caseSolverStep(optimizeStep);
				if (result == null) result = caseStudyStep(optimizeStep);
				if (result == null) result = caseStep(optimizeStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WorkflowPackage.QUANTITY_BOUND: {
				QuantityBound quantityBound = (QuantityBound)theEObject;
				T result = caseQuantityBound(quantityBound);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WorkflowPackage.UNCERTAINTY_STEP: {
				UncertaintyStep uncertaintyStep = (UncertaintyStep)theEObject;
				T result = caseUncertaintyStep(uncertaintyStep);
				if (result == null) result = caseSolverStep(uncertaintyStep);
				if (result == null) result = caseStudyStep(uncertaintyStep);
				if (result == null) result = caseStep(uncertaintyStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WorkflowPackage.PARAMETER_DISTRIBUTION: {
				ParameterDistribution parameterDistribution = (ParameterDistribution)theEObject;
				T result = caseParameterDistribution(parameterDistribution);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WorkflowPackage.EXPORT_STEP: {
				ExportStep exportStep = (ExportStep)theEObject;
				T result = caseExportStep(exportStep);
				if (result == null) result = caseStudyStep(exportStep);
				if (result == null) result = caseStep(exportStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WorkflowPackage.CONTRIBUTED_STEP: {
				ContributedStep contributedStep = (ContributedStep)theEObject;
				T result = caseContributedStep(contributedStep);
				if (result == null) result = caseStep(contributedStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WorkflowPackage.PARAMETER_ASSIGNMENT: {
				ParameterAssignment parameterAssignment = (ParameterAssignment)theEObject;
				T result = caseParameterAssignment(parameterAssignment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WorkflowPackage.PARAMETER_POINT: {
				ParameterPoint parameterPoint = (ParameterPoint)theEObject;
				T result = caseParameterPoint(parameterPoint);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WorkflowPackage.GRID_AXIS: {
				GridAxis gridAxis = (GridAxis)theEObject;
				T result = caseGridAxis(gridAxis);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WorkflowPackage.QUANTITY: {
				Quantity quantity = (Quantity)theEObject;
				T result = caseQuantity(quantity);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WorkflowPackage.PROPERTY: {
				Property property = (Property)theEObject;
				T result = caseProperty(property);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Workflow</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Workflow</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWorkflow(Workflow object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStep(Step object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Study Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Study Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStudyStep(StudyStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Train Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Train Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTrainStep(TrainStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Solver Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Solver Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSolverStep(SolverStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Solve Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Solve Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSolveStep(SolveStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sweep Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sweep Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSweepStep(SweepStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Compare Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Compare Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCompareStep(CompareStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Calibrate Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Calibrate Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCalibrateStep(CalibrateStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Optimize Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Optimize Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOptimizeStep(OptimizeStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Quantity Bound</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Quantity Bound</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseQuantityBound(QuantityBound object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Uncertainty Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Uncertainty Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUncertaintyStep(UncertaintyStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Parameter Distribution</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Parameter Distribution</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseParameterDistribution(ParameterDistribution object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Export Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Export Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExportStep(ExportStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Contributed Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Contributed Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseContributedStep(ContributedStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Parameter Assignment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Parameter Assignment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseParameterAssignment(ParameterAssignment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Parameter Point</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Parameter Point</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseParameterPoint(ParameterPoint object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Grid Axis</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Grid Axis</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGridAxis(GridAxis object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Quantity</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Quantity</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseQuantity(Quantity object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Property</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Property</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProperty(Property object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //WorkflowSwitch
