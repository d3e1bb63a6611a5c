/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.hyperlora.model.HyperloraFactory;
import org.hyperlora.model.HyperloraPackage;
import org.hyperlora.model.PdeFamily;

/**
 * This is the item provider adapter for a {@link org.hyperlora.model.PdeFamily} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class PdeFamilyItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PdeFamilyItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addNamePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PdeFamily_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PdeFamily_name_feature", "_UI_PdeFamily_type"),
				 HyperloraPackage.Literals.PDE_FAMILY__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(HyperloraPackage.Literals.PDE_FAMILY__COORDINATES);
			childrenFeatures.add(HyperloraPackage.Literals.PDE_FAMILY__FIELDS);
			childrenFeatures.add(HyperloraPackage.Literals.PDE_FAMILY__PARAMETERS);
			childrenFeatures.add(HyperloraPackage.Literals.PDE_FAMILY__EQUATIONS);
			childrenFeatures.add(HyperloraPackage.Literals.PDE_FAMILY__CONDITIONS);
			childrenFeatures.add(HyperloraPackage.Literals.PDE_FAMILY__HARD_CONSTRAINTS);
			childrenFeatures.add(HyperloraPackage.Literals.PDE_FAMILY__REFERENCE);
			childrenFeatures.add(HyperloraPackage.Literals.PDE_FAMILY__SHAPES);
			childrenFeatures.add(HyperloraPackage.Literals.PDE_FAMILY__BOUNDARY_PARTS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns PdeFamily.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/PdeFamily"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((PdeFamily)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_PdeFamily_type") :
			getString("_UI_PdeFamily_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(PdeFamily.class)) {
			case HyperloraPackage.PDE_FAMILY__NAME:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case HyperloraPackage.PDE_FAMILY__COORDINATES:
			case HyperloraPackage.PDE_FAMILY__FIELDS:
			case HyperloraPackage.PDE_FAMILY__PARAMETERS:
			case HyperloraPackage.PDE_FAMILY__EQUATIONS:
			case HyperloraPackage.PDE_FAMILY__CONDITIONS:
			case HyperloraPackage.PDE_FAMILY__HARD_CONSTRAINTS:
			case HyperloraPackage.PDE_FAMILY__REFERENCE:
			case HyperloraPackage.PDE_FAMILY__SHAPES:
			case HyperloraPackage.PDE_FAMILY__BOUNDARY_PARTS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(HyperloraPackage.Literals.PDE_FAMILY__COORDINATES,
				 HyperloraFactory.eINSTANCE.createCoordinate()));

		newChildDescriptors.add
			(createChildParameter
				(HyperloraPackage.Literals.PDE_FAMILY__FIELDS,
				 HyperloraFactory.eINSTANCE.createField()));

		newChildDescriptors.add
			(createChildParameter
				(HyperloraPackage.Literals.PDE_FAMILY__PARAMETERS,
				 HyperloraFactory.eINSTANCE.createParameter()));

		newChildDescriptors.add
			(createChildParameter
				(HyperloraPackage.Literals.PDE_FAMILY__EQUATIONS,
				 HyperloraFactory.eINSTANCE.createEquation()));

		newChildDescriptors.add
			(createChildParameter
				(HyperloraPackage.Literals.PDE_FAMILY__CONDITIONS,
				 HyperloraFactory.eINSTANCE.createCondition()));

		newChildDescriptors.add
			(createChildParameter
				(HyperloraPackage.Literals.PDE_FAMILY__HARD_CONSTRAINTS,
				 HyperloraFactory.eINSTANCE.createHardConstraint()));

		newChildDescriptors.add
			(createChildParameter
				(HyperloraPackage.Literals.PDE_FAMILY__REFERENCE,
				 HyperloraFactory.eINSTANCE.createReference()));

		newChildDescriptors.add
			(createChildParameter
				(HyperloraPackage.Literals.PDE_FAMILY__SHAPES,
				 HyperloraFactory.eINSTANCE.createRectangle()));

		newChildDescriptors.add
			(createChildParameter
				(HyperloraPackage.Literals.PDE_FAMILY__SHAPES,
				 HyperloraFactory.eINSTANCE.createBox()));

		newChildDescriptors.add
			(createChildParameter
				(HyperloraPackage.Literals.PDE_FAMILY__SHAPES,
				 HyperloraFactory.eINSTANCE.createSphere()));

		newChildDescriptors.add
			(createChildParameter
				(HyperloraPackage.Literals.PDE_FAMILY__SHAPES,
				 HyperloraFactory.eINSTANCE.createCylinder()));

		newChildDescriptors.add
			(createChildParameter
				(HyperloraPackage.Literals.PDE_FAMILY__SHAPES,
				 HyperloraFactory.eINSTANCE.createDisk()));

		newChildDescriptors.add
			(createChildParameter
				(HyperloraPackage.Literals.PDE_FAMILY__SHAPES,
				 HyperloraFactory.eINSTANCE.createEllipse()));

		newChildDescriptors.add
			(createChildParameter
				(HyperloraPackage.Literals.PDE_FAMILY__SHAPES,
				 HyperloraFactory.eINSTANCE.createPolygon()));

		newChildDescriptors.add
			(createChildParameter
				(HyperloraPackage.Literals.PDE_FAMILY__BOUNDARY_PARTS,
				 HyperloraFactory.eINSTANCE.createBoundaryPart()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return HyperloraEditPlugin.INSTANCE;
	}

}
