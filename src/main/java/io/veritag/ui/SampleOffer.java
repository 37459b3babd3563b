package io.veritag.ui;

/** On first start with an empty database, offers to load the bundled sample corpus. */
final class SampleOffer {
    private SampleOffer() {
    }

    static void offerIfEmpty(WorkbenchController controller) {
        // filled in once ImportService (lead) is on main: ImportService.importSamples in a SwingWorker
    }
}
