package io.veritag.service;

import io.veritag.model.Annotator;
import io.veritag.service.adjudication.AdjudicationService;
import io.veritag.service.adjudication.GoldAgreementService;
import io.veritag.service.agreement.AgreementService;
import io.veritag.service.dataset.AnnotationImportService;
import io.veritag.service.dataset.ExportService;
import io.veritag.store.Database;
import io.veritag.store.DatabaseInUseException;
import io.veritag.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * One open database and the use cases on it: the only way the window and the command line reach the data.
 * They get a workspace and records back, never the store. Every call reads or writes the database, so the
 * window calls it off the event dispatch thread.
 */
public final class Workspace implements AutoCloseable {
    private final Database database;

    /** A workspace over an open database; closing the workspace closes it. */
    public Workspace(Database database) {
        this.database = database;
    }

    /**
     * Opens (and migrates) the database named by {@code --db}.
     *
     * @param location null or blank for the embedded default, a {@code jdbc:h2:} URL, or a file path
     * @throws WorkspaceOpenException with a one-line message when it cannot be opened
     */
    public static Workspace open(String location) {
        try {
            return new Workspace(Database.open(location));
        } catch (StoreException e) {
            throw new WorkspaceOpenException(e.getMessage(), e instanceof DatabaseInUseException, e);
        }
    }

    /** A fresh private in-memory workspace, for tests and demos. */
    public static Workspace inMemory() {
        return new Workspace(Database.inMemory());
    }

    /** The database as the user named it (a path or URL), for messages and the window title. */
    public String location() {
        return database.location();
    }

    /** Labeling for one annotator: its own undo history, blind to the others unless asked. */
    public LabelingService labeling(Annotator annotator) {
        return new LabelingService(database.store(), annotator);
    }

    public CatalogService catalog() {
        return new CatalogService(database.store());
    }

    public ImportService imports() {
        return new ImportService(database.store());
    }

    public AnnotationImportService annotationImports() {
        return new AnnotationImportService(database.store());
    }

    /** Exports into {@code exports/} of the working folder. */
    public ExportService exports() {
        return new ExportService(database.store());
    }

    /** Exports into {@code exportsRoot}, folders stamped by {@code clock}. */
    public ExportService exports(Path exportsRoot, Clock clock) {
        return new ExportService(database.store(), exportsRoot, clock);
    }

    public AgreementService agreement() {
        return new AgreementService(database.store());
    }

    public GoldAgreementService goldAgreement() {
        return new GoldAgreementService(database.store());
    }

    public AdjudicationService adjudication() {
        return new AdjudicationService(database.store());
    }

    @Override
    public void close() {
        database.close();
    }
}
