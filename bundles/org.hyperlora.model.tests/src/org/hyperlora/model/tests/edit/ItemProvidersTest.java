package org.hyperlora.model.tests.edit;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.hyperlora.model.Parameter;
import org.hyperlora.model.Study;
import org.hyperlora.model.provider.HyperloraItemProviderAdapterFactory;
import org.hyperlora.model.tests.Studies;
import org.junit.jupiter.api.Test;

/**
 * The generated item providers of the edit bundle work on loaded studies. Their labels come from the edit
 * bundle's plugin.properties, which is found through OSGi (or, outside it, beside the compiled classes).
 */
class ItemProvidersTest {

    @Test
    void parameterLabelNamesTheParameter() {
        Study study = Studies.load("kovasznay");
        Parameter re = study.getFamily().getParameters().get(0);
        HyperloraItemProviderAdapterFactory factory = new HyperloraItemProviderAdapterFactory();
        try {
            IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(re, IItemLabelProvider.class);
            assertNotNull(labels, "the factory provides labels for parameters");
            String text = labels.getText(re);
            assertTrue(text.contains("Re"), text);
            assertTrue(text.contains("Parameter"), text);
        } finally {
            factory.dispose();
        }
    }

    @Test
    void studyTreeShowsTheFamilyAndMethod() {
        Study study = Studies.load("burgers");
        HyperloraItemProviderAdapterFactory factory = new HyperloraItemProviderAdapterFactory();
        try {
            ITreeItemContentProvider tree = (ITreeItemContentProvider) factory.adapt(study,
                    ITreeItemContentProvider.class);
            assertNotNull(tree);
            var children = tree.getChildren(study);
            assertTrue(children.contains(study.getFamily()), children.toString());
            assertTrue(children.contains(study.getMethod()), children.toString());
            assertTrue(children.containsAll(study.getParameterSets()), children.toString());
        } finally {
            factory.dispose();
        }
    }
}
