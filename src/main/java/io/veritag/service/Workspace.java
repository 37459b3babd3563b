package io.veritag.service;

import io.veritag.model.Annotator;
import io.veritag.service.adjudication.AdjudicationService;
import io.veritag.service.adjudication.GoldAgreementService;
import io.veritag.service.agreement.AgreementService;
import io.veritag.service.care.BackupSchedule;
import io.veritag.service.care.DatabaseCare;
import io.veritag.service.dataset.AnnotationImportService;
import io.veritag.service.dataset.ExportService;
import io.veritag.store.DamagedDatabaseException;
import io.veritag.store.Database;
import io.veritag.store.DatabaseInUseException;
import io.veritag.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One open database and the use cases on it: the only way the window and the command line reach the data.
 * They get a workspace and records back, never the store. Every call reads or writes the database, so the
 * window calls it off the event dispatch thread.
 */
public final class Workspace implements AutoCloseable {
    private final Database database;
    private volatile BackupSchedule backups;
    private volatile io.veritag.service.suggest.SuggestionModels suggestionModels;
    private io.veritag.service.search.CorpusSearch search;
    private io.veritag.service.claims.ClaimCandidates claimCandidates;

    /** A workspace over an open database; closing the workspace closes it. */
    public Workspace(Database database) {
        this.database = database;
    }

    /**
     * True when {@code location} names a file database that does not exist yet: opening it makes a new, empty
     * one. Reads nothing but the file system.
     */
    public static boolean isNew(String location) {
        return io.veritag.store.DatabaseLocation.isNewFile(location);
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
            throw new WorkspaceOpenException(e.getMessage(), location, e instanceof DatabaseInUseException,
                    e instanceof DamagedDatabaseException, e);
        }
    }

    /**
     * Opens a team database on a PostgreSQL server with a password typed by the user (null: the PostgreSQL
     * conventions, {@code PGPASSWORD} or {@code ~/.pgpass}). The password is used for this connection only.
     */
    public static Workspace openServer(TeamConnection connection, char[] password) {
        io.veritag.store.ServerLocation server = connection.location();
        try {
            char[] secret = password != null && password.length > 0 ? password
                    : io.veritag.store.ServerPassword.ofThisProcess().find(server).orElse(null);
            return new Workspace(Database.openServer(server, secret, null));
        } catch (StoreException e) {
            throw new WorkspaceOpenException(e.getMessage(), server.display(), false, false, e);
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

    /** Where articles came from, near-duplicates, and articles made from pasted text. */
    public ArticleOriginService origins() {
        return new ArticleOriginService(database.store());
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

    public GuidelineService guidelines() {
        return new GuidelineService(database.store());
    }

    public AdjudicationService adjudication() {
        return new AdjudicationService(database.store());
    }

    /** The database login on a PostgreSQL server (there, the annotator is the login); empty on H2. */
    public Optional<String> serverLogin() {
        return database.server().map(io.veritag.store.ServerLocation::user);
    }

    /** False while a team server cannot be reached (the window shows it as offline); always true on H2. */
    public boolean online() {
        return database.reachable();
    }

    /**
     * Watches the team server until the returned stop is run or the workspace closes: whether it can be reached,
     * and others' progress as it changes (announced by the server within a moment of their commit). On H2 there
     * is nothing to watch: the stop does nothing and no event comes.
     */
    public Runnable watchServer(ServerEvents events) {
        return database.watch(new io.veritag.store.ServerWatch.Listener() {
            @Override
            public void reachable(boolean reachable) {
                events.reachable(reachable);
            }

            @Override
            public void progressChanged(java.util.Set<Long> articleIds) {
                events.othersProgressed(articleIds);
            }
        }).<Runnable>map(watch -> watch::close).orElse(() -> { });
    }

    /** Team mode set-up (roles, row-level security, logins); PostgreSQL servers only. */
    public io.veritag.service.team.TeamService team() {
        return new io.veritag.service.team.TeamService(database.team());
    }

    /** Suggestions for one annotator; the trained models are shared by the whole workspace (and closed with it). */
    public io.veritag.service.suggest.SuggestionService suggestions(Annotator annotator) {
        return new io.veritag.service.suggest.SuggestionService(database.store(), annotator, suggestionModels());
    }

    /** The workspace's trained suggestion models (one per annotator, trained in the background). */
    public synchronized io.veritag.service.suggest.SuggestionModels suggestionModels() {
        if (suggestionModels == null) {
            suggestionModels = new io.veritag.service.suggest.SuggestionModels(database.store(), io.veritag.suggest.Algorithm.PERCEPTRON);
        }
        return suggestionModels;
    }

    /** Cross-validated figures of the recommenders on a layer ({@code veritag suggest --evaluate}). */
    public io.veritag.service.suggest.SuggestEvaluationService suggestEvaluation() {
        return new io.veritag.service.suggest.SuggestEvaluationService(database.store());
    }

    /** Search in the text of every article; its index is opened on first use and closed with the workspace. */
    public synchronized io.veritag.service.search.CorpusSearch search() {
        if (search == null) {
            search = io.veritag.service.search.CorpusSearch.of(database.store(), location());
        }
        return search;
    }

    /** Similar claims for the claim clusters; the index is opened on first use and closed with the workspace. */
    public synchronized io.veritag.service.claims.ClaimCandidates claimCandidates() {
        if (claimCandidates == null) {
            claimCandidates = io.veritag.service.claims.ClaimCandidates.of(database.store(), location());
        }
        return claimCandidates;
    }

    /** Every claim cluster of a layer with its outlets, dates, sources and attached denials. */
    public io.veritag.service.claims.ClaimsOverview claimsOverview() {
        return new io.veritag.service.claims.ClaimsOverview(database.store());
    }

    /** Recall of the claim candidates on settled clusters ({@code veritag claims --evaluate}). */
    public io.veritag.service.claims.ClaimEvaluation claimEvaluation() {
        return new io.veritag.service.claims.ClaimEvaluation(database.store(), claimCandidates());
    }

    /** Cluster agreement between annotators ({@code veritag claims --agreement}, the claims view). */
    public io.veritag.service.claims.ClusterAgreementReport clusterAgreement() {
        return new io.veritag.service.claims.ClusterAgreementReport(database.store());
    }

    /** Exports of claim clusters and claim pairs into {@code exportsRoot}, folders stamped by {@code clock}. */
    public io.veritag.service.dataset.ClaimsExport claimsExport(Path exportsRoot, Clock clock) {
        return new io.veritag.service.dataset.ClaimsExport(database.store(), claimCandidates(), exportsRoot, clock);
    }

    /** Check and back up this open database (restore and recovery refuse it while it is open). */
    public DatabaseCare care() {
        return DatabaseCare.of(database);
    }

    /**
     * Starts the automatic backups while the window is open (one now, then every few minutes if anything
     * changed); closing the workspace stops them. Empty for a database that is not a file.
     *
     * @param onFailure told, on the backup thread, when a backup fails (see {@link DatabaseCare#isDamage})
     */
    public synchronized Optional<BackupSchedule> startBackups(Consumer<Throwable> onFailure) {
        if (backups != null) {
            throw new IllegalStateException("the backups of " + location() + " are already running");
        }
        Optional<BackupSchedule> started = BackupSchedule.start(database, onFailure);
        started.ifPresent(schedule -> backups = schedule);
        return started;
    }

    /** Waits for a running backup, then closes the database. */
    @Override
    public void close() {
        BackupSchedule running = backups;
        if (running != null) {
            running.close();
        }
        if (suggestionModels != null) {
            suggestionModels.close();
        }
        synchronized (this) {
            if (search != null) {
                search.close();
            }
            if (claimCandidates != null) {
                claimCandidates.close();
            }
        }
        database.close();
    }
}
