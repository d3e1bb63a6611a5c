import java.io.File;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the EMF model and edit code from bundles/org.hyperlora.model/model/hyperlora.genmodel without
 * an Eclipse IDE: EMF's own generator (org.eclipse.emf.codegen.ecore), run standalone. Started by generate.sh.
 */
public class GenerateModel {
    public static void main(String[] args) throws Exception {
        File root = new File(args[0]).getCanonicalFile();
        Map<String, URI> platform = EcorePlugin.getPlatformResourceMap();
        platform.put("org.hyperlora.model", URI.createFileURI(new File(root, "bundles/org.hyperlora.model").getPath() + "/"));
        platform.put("org.hyperlora.model.edit", URI.createFileURI(new File(root, "bundles/org.hyperlora.model.edit").getPath() + "/"));

        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resources.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));
        URI genModelUri = URI.createPlatformResourceURI("/org.hyperlora.model/model/hyperlora.genmodel", true);
        Resource resource = resources.getResource(genModelUri, true);
        GenModel settings = (GenModel) resource.getContents().get(0);
        // a fresh GenModel from the .ecore, with the committed settings (and per-class tweaks) reconciled in:
        // what the Eclipse IDE's "Reload" does, so a changed .ecore needs no IDE either
        Resource ecore = resources.getResource(URI.createPlatformResourceURI("/org.hyperlora.model/model/hyperlora.ecore", true), true);
        GenModel genModel = org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(List.of((org.eclipse.emf.ecore.EPackage) ecore.getContents().get(0)));
        resource.getContents().set(0, genModel);
        genModel.reconcile(settings);
        copySetAttributes(settings, genModel);
        for (org.eclipse.emf.codegen.ecore.genmodel.GenPackage fresh : genModel.getGenPackages()) {
            for (org.eclipse.emf.codegen.ecore.genmodel.GenPackage old : settings.getGenPackages()) {
                copySetAttributes(old, fresh);
            }
        }
        Diagnostic reconciled = genModel.diagnose();
        if (reconciled.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("genmodel is not valid: " + reconciled);
        }
        genModel.reconcile();
        genModel.setCanGenerate(true);
        genModel.setValidateModel(true);
        resource.save(null);

        GeneratorAdapterFactoryRegistration.register();
        Generator generator = new Generator();
        generator.setInput(genModel);
        for (String type : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic result = generator.generate(genModel, type, new BasicMonitor.Printing(System.out));
            if (result.getSeverity() == Diagnostic.ERROR) {
                throw new IllegalStateException(type + " generation failed: " + result);
            }
            System.out.println(type + ": " + result.getMessage());
        }
    }

    /** Keeps the committed genmodel's settings (reconcile does not carry every attribute over). */
    private static void copySetAttributes(org.eclipse.emf.ecore.EObject from, org.eclipse.emf.ecore.EObject to) {
        for (org.eclipse.emf.ecore.EAttribute attribute : from.eClass().getEAllAttributes()) {
            if (from.eIsSet(attribute) && !attribute.isDerived() && attribute.isChangeable() && !attribute.isMany()) {
                to.eSet(attribute, from.eGet(attribute));
            }
        }
    }

    static final class GeneratorAdapterFactoryRegistration {
        static void register() {
            org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory.Descriptor.Registry.INSTANCE
                    .addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
        }
    }
}
