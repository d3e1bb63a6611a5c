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
 * Regenerates EMF code from a .genmodel without an Eclipse IDE: EMF's own generator (org.eclipse.emf.codegen.ecore),
 * run standalone. Started by generate.sh, which documents the arguments:
 * {@code ROOT [GENMODEL [MODEL_PROJECT=FOLDER [EDIT_PROJECT=FOLDER | none]]]}. Without GENMODEL it regenerates the
 * study model (bundles/org.hyperlora.model/model/hyperlora.genmodel) with its model and edit code.
 */
public class GenerateModel {

    private static final String STUDY_GENMODEL = "bundles/org.hyperlora.model/model/hyperlora.genmodel";
    private static final String STUDY_MODEL_PROJECT = "org.hyperlora.model=bundles/org.hyperlora.model";
    private static final String STUDY_EDIT_PROJECT = "org.hyperlora.model.edit=bundles/org.hyperlora.model.edit";

    public static void main(String[] args) throws Exception {
        File root = new File(args[0]).getCanonicalFile();
        if (args.length > 4) {
            throw new IllegalArgumentException("usage: generate.sh [GENMODEL [MODEL_PROJECT=FOLDER [EDIT_PROJECT=FOLDER | none]]]");
        }
        boolean study = args.length < 2;
        File genModelFile = resolve(root, study ? STUDY_GENMODEL : args[1]);
        if (!genModelFile.isFile()) {
            throw new IllegalArgumentException("no genmodel " + genModelFile);
        }
        String[] modelProject = args.length > 2 ? project(root, args[2])
                : study ? project(root, STUDY_MODEL_PROJECT) : bundleOf(genModelFile);
        String[] editProject = args.length > 3 ? ("none".equals(args[3]) ? null : project(root, args[3]))
                : study ? project(root, STUDY_EDIT_PROJECT) : null;
        File modelFolder = new File(modelProject[1]);
        String inProject = modelFolder.toPath().relativize(genModelFile.toPath()).toString().replace(File.separatorChar, '/');
        if (inProject.startsWith("..")) {
            throw new IllegalArgumentException(genModelFile + " is not inside the model project's folder " + modelFolder);
        }
        Map<String, URI> platform = EcorePlugin.getPlatformResourceMap();
        platform.put(modelProject[0], URI.createFileURI(modelFolder.getPath() + "/"));
        if (editProject != null) {
            platform.put(editProject[0], URI.createFileURI(new File(editProject[1]).getPath() + "/"));
        }

        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resources.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));
        URI genModelUri = URI.createPlatformResourceURI("/" + modelProject[0] + "/" + inProject, true);
        Resource resource = resources.getResource(genModelUri, true);
        GenModel settings = (GenModel) resource.getContents().get(0);
        // a fresh GenModel from the .ecore (the packages the committed genmodel names), with the committed settings
        // (and per-class tweaks) reconciled in: what the Eclipse IDE's "Reload" does, so a changed .ecore needs no IDE
        List<org.eclipse.emf.ecore.EPackage> ecorePackages = new java.util.ArrayList<>();
        for (org.eclipse.emf.codegen.ecore.genmodel.GenPackage old : settings.getGenPackages()) {
            org.eclipse.emf.ecore.EPackage ecorePackage = old.getEcorePackage();
            if (ecorePackage == null || ecorePackage.eIsProxy()) {
                throw new IllegalStateException(genModelFile + ": the .ecore of a genPackage cannot be read");
            }
            ecorePackages.add(ecorePackage);
        }
        GenModel genModel = org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(ecorePackages);
        resource.getContents().set(0, genModel);
        genModel.reconcile(settings);
        copySetAttributes(settings, genModel);
        for (org.eclipse.emf.codegen.ecore.genmodel.GenPackage fresh : genModel.getGenPackages()) {
            for (org.eclipse.emf.codegen.ecore.genmodel.GenPackage old : settings.getGenPackages()) {
                if (old.getEcorePackage() == fresh.getEcorePackage()) {
                    copySetAttributes(old, fresh);
                }
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
        List<String> types = editProject == null ? List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE)
                : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE);
        for (String type : types) {
            Diagnostic result = generator.generate(genModel, type, new BasicMonitor.Printing(System.out));
            if (result.getSeverity() == Diagnostic.ERROR) {
                throw new IllegalStateException(type + " generation failed: " + result);
            }
            System.out.println(type + ": " + result.getMessage());
        }
    }

    private static File resolve(File root, String path) throws java.io.IOException {
        File file = new File(path);
        return (file.isAbsolute() ? file : new File(root, path)).getCanonicalFile();
    }

    /** {@code NAME=FOLDER} as name and canonical folder. */
    private static String[] project(File root, String spec) throws java.io.IOException {
        int equals = spec.indexOf('=');
        if (equals <= 0 || equals == spec.length() - 1) {
            throw new IllegalArgumentException("expected PROJECT=FOLDER, got '" + spec + "'");
        }
        File folder = resolve(root, spec.substring(equals + 1));
        if (!folder.isDirectory()) {
            throw new IllegalArgumentException("project folder " + folder + " does not exist");
        }
        return new String[] {spec.substring(0, equals), folder.getPath()};
    }

    /** The bundle a genmodel in BUNDLE/model/ belongs to: the folder above model/, named after itself. */
    private static String[] bundleOf(File genModelFile) {
        File folder = genModelFile.getParentFile().getParentFile();
        return new String[] {folder.getName(), folder.getPath()};
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
