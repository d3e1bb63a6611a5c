package org.hyperlora.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.hyperlora.model.HyperloraFactory;
import org.hyperlora.model.LossHistory;
import org.hyperlora.model.NetworkSettings;
import org.hyperlora.model.Study;
import org.junit.jupiter.api.Test;

/**
 * Lists of numbers may repeat values: widths 32, 32, 32 are the examples' network, and a loss history repeats
 * values when a loss stalls. Reading a file keeps repeats, so edits through the model must too.
 */
class MultiValuedAttributesTest {

    @Test
    void hiddenWidthsMayRepeat() {
        Study study = Studies.load("burgers");
        NetworkSettings network = study.getMethod().getNetwork();
        assertEquals(List.of(48, 48, 48), network.getHiddenWidths(), "read from the file");
        network.getHiddenWidths().add(48);
        assertEquals(List.of(48, 48, 48, 48), network.getHiddenWidths());
        network.getHiddenWidths().set(0, 16);
        network.getHiddenWidths().set(1, 16);
        assertEquals(List.of(16, 16, 48, 48), network.getHiddenWidths());
    }

    @Test
    void perLayerRanksMayRepeat() {
        Study study = Studies.load("burgers");
        study.getMethod().getLora().getRanksPerLayer().addAll(List.of(2, 2, 2, 2));
        assertEquals(List.of(2, 2, 2, 2), study.getMethod().getLora().getRanksPerLayer());
    }

    @Test
    void lossHistoryValuesMayRepeat() {
        LossHistory history = HyperloraFactory.eINSTANCE.createLossHistory();
        history.getSteps().addAll(List.of(0, 100, 200));
        history.getValues().addAll(List.of(0.5, 0.25, 0.25));
        assertEquals(List.of(0.5, 0.25, 0.25), history.getValues());
    }
}
