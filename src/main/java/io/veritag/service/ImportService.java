package io.veritag.service;

import io.veritag.io.ArticleReader;
import io.veritag.io.InputProblem;
import io.veritag.store.DiskFullException;
import io.veritag.store.Store;
import io.veritag.store.StoreException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports articles from files ({@code .txt}, {@code .jsonl}, web pages, PDF, Word, OpenDocument) and folders, and the
 * bundled sample corpus.
 * Each file is one transaction: a file with any problem imports nothing, and the run goes on with the next
 * file. Articles whose text is already stored (same SHA-256) are skipped and counted.
 */
public final class ImportService {
    private static final String SAMPLES = "/io/veritag/samples/";

    private final Store store;

    public ImportService(Store store) {
        this.store = store;
    }

    public ImportSummary importPaths(List<Path> paths, Progress progress) {
        List<Path> files = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Tally tally = new Tally(errors);
        for (Path path : paths) {
            collect(path, files, errors, tally.notices);
        }
        tally.failed = errors.size();
        while (tally.nextFile < files.size()) {
            Batch batch = new Batch(tally);
            try {
                store.inTransaction((Store tx) -> {
                    while (batch.next < files.size() && !batch.full() && !batch.cancelled) {
                        readInto(tx, files, batch, progress);
                    }
                });
            } catch (CancelledException e) {
                return tally.summary(true);
            } catch (DiskFullException e) {
                return tally.stopped(diskFull(e, batch));
            }
            batch.commit();
            if (batch.cancelled) {
                return tally.summary(true);
            }
        }
        progress.update(files.size(), files.size(), "done");
        return tally.summary(false);
    }

    /**
     * The one line for an import the full disk ended: which file, that nothing of it (or of the files read with it
     * since the last commit) was written, and what is saved.
     */
    private static String diskFull(DiskFullException e, Batch batch) {
        int before = batch.files - (batch.currentAdded ? 1 : 0); // the disk may fill inside the file or at the commit
        return batch.current + ": not imported, " + e.getMessage() + ". Nothing of this file"
                + (before > 0 ? " or of the " + plural(before, "file") + " read with it since the last save" : "")
                + " was written (nothing is half-written); " + plural(batch.tally.imported, "article") + " from "
                + plural(batch.tally.savedFiles, "file") + " before it are saved. Free some disk space and import again:"
                + " articles already saved are skipped.";
    }

    private static String plural(int n, String noun) {
        return String.format("%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    /** Reads the batch's next file into the open transaction: the whole file, or nothing of it (a savepoint). */
    private void readInto(Store tx, List<Path> files, Batch batch, Progress progress) {
        if (progress.isCancelled()) {
            batch.cancelled = true; // the files read so far are whole: they are committed
            return;
        }
        Path file = files.get(batch.next);
        batch.current = file.toString();
        batch.currentAdded = false;
        progress.update(batch.next, files.size(), file.getFileName().toString());
        ArticleReader reader = ArticleReader.forFileName(file.getFileName().toString());
        try (InputStream in = Files.newInputStream(file)) {
            batch.add(importOne(tx, file.toString(), reader, in, progress), Files.size(file));
        } catch (CancelledException e) {
            batch.cancelled = true; // cancelled inside this file: it is rolled back to its savepoint, the rest stays
            return;
        } catch (IOException e) {
            batch.fail(file + ": cannot read: " + e.getMessage());
        }
        batch.next++;
    }

    /** Imports the five Kherson articles (November 2022) that ship inside the program. */
    public ImportSummary importSamples(Progress progress) {
        List<String> names = sampleNames();
        Tally tally = new Tally(new ArrayList<>());
        for (int i = 0; i < names.size(); i++) {
            progress.update(i, names.size(), names.get(i));
            try (InputStream in = ImportService.class.getResourceAsStream(SAMPLES + names.get(i))) {
                if (in == null) {
                    throw new IllegalStateException("sample " + names.get(i) + " is missing from the program");
                }
                String name = names.get(i);
                Batch batch = new Batch(tally);
                store.inTransaction((Store tx) -> {
                    batch.add(importOne(tx, name, ArticleReader.forFileName(name), in, progress), 0);
                });
                batch.commit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (CancelledException e) {
                return tally.summary(true);
            }
        }
        progress.update(names.size(), names.size(), "done");
        return tally.summary(false);
    }

    static List<String> sampleNames() {
        try (InputStream in = ImportService.class.getResourceAsStream(SAMPLES + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException("the sample corpus index is missing from the program");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(name -> name.endsWith(".txt")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports one file inside the open transaction {@code tx}, under a savepoint: a file with any problem leaves
     * nothing behind and comes back as a failed result, while the files before it in the transaction stay.
     */
    private static FileResult importOne(Store tx, String name, ArticleReader reader, InputStream in, Progress progress) {
        List<String> notices = new ArrayList<>();
        try {
            ImportChunk chunk = tx.inTransaction((Store file) -> {
                ImportChunk articles = new ImportChunk(name, notices);
                reader.read(name, in, article -> {
                    progress.checkCancelled();
                    articles.add(file, article);
                });
                articles.flush(file);
                return articles;
            });
            return new FileResult(chunk.imported(), chunk.skipped(), notices, null);
        } catch (InputProblem e) {
            return new FileResult(0, 0, List.of(), e.getMessage());
        } catch (DiskFullException e) {
            throw e;
        } catch (StoreException e) {
            return new FileResult(0, 0, List.of(), name + ": " + e.getMessage());
        }
    }

    /**
     * Files to import under a path: the file itself, or every .txt/.jsonl below a folder, in name order. Hidden
     * files and folders ({@code .git/}, an export's {@code .partial} leftovers) are not looked into, and symbolic
     * links inside a folder are not followed: each one is named in {@code notices}.
     */
    private static void collect(Path path, List<Path> files, List<String> errors, List<String> notices) {
        if (Files.isDirectory(path)) {
            List<Path> found = new ArrayList<>();
            try {
                Files.walkFileTree(path, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                        return !dir.equals(path) && dir.getFileName().toString().startsWith(".")
                                ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        String name = file.getFileName().toString();
                        if (attributes.isSymbolicLink()) {
                            notices.add(file + ": symbolic link not followed");
                        } else if (attributes.isRegularFile() && !name.startsWith(".")
                                && ArticleReader.forFileName(name) != null) {
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                errors.add(path + ": cannot list folder: " + e.getMessage());
            }
            found.sort(null);
            files.addAll(found);
        } else if (!Files.exists(path)) {
            errors.add(path + ": no such file or folder");
        } else if (ArticleReader.forFileName(path.getFileName().toString()) == null) {
            errors.add(path + ": not an article file (expected " + ArticleReader.ENDINGS + ")");
        } else {
            files.add(path);
        }
    }

    /** What one file did: articles imported and skipped, notices, or the one-line reason it was refused. */
    private record FileResult(int imported, int skipped, List<String> notices, String error) {
    }

    /**
     * Files read into one transaction. Many small files share a transaction (each under its own savepoint, so
     * each is still whole or absent): one commit per file wrote a new chunk of the database file per file, and
     * the file grew to many times the text while H2 kept the old chunks for its retention time. The tally counts
     * a batch's articles only once it is committed.
     */
    private static final class Batch {
        /** Files per transaction at most, and text per transaction at most (bytes of input). */
        static final int MAX_FILES = 500;
        static final long MAX_BYTES = 8L << 20;

        final Tally tally;
        final List<FileResult> read = new ArrayList<>();
        int next;
        int files;
        long bytes;
        String current;
        boolean currentAdded;
        boolean cancelled;

        Batch(Tally tally) {
            this.tally = tally;
            this.next = tally.nextFile;
        }

        boolean full() {
            return files >= MAX_FILES || bytes >= MAX_BYTES;
        }

        Void add(FileResult result, long size) {
            read.add(result);
            files++;
            currentAdded = true;
            bytes += size;
            return null;
        }

        void fail(String error) {
            read.add(new FileResult(0, 0, List.of(), error));
            files++;
            currentAdded = true;
        }

        void commit() {
            for (FileResult result : read) {
                if (result.error() != null) {
                    tally.fail(result.error());
                } else {
                    tally.imported += result.imported();
                    tally.skipped += result.skipped();
                    tally.notices.addAll(result.notices());
                    tally.savedFiles++;
                }
            }
            tally.nextFile = next;
        }
    }

    private static final class Tally {
        final List<String> errors;
        final List<String> notices = new ArrayList<>();
        int imported;
        int skipped;
        int failed;
        int savedFiles;
        int nextFile;

        Tally(List<String> errors) {
            this.errors = errors;
            this.failed = errors.size();
        }

        void fail(String error) {
            errors.add(error);
            failed++;
        }

        ImportSummary summary(boolean cancelled) {
            return new ImportSummary(imported, skipped, failed, errors, cancelled, notices);
        }

        /** The import ended early because the database cannot take more: the reason is its one line. */
        ImportSummary stopped(String reason) {
            List<String> all = new ArrayList<>(errors);
            all.add(0, reason); // first, so that a dialog listing a few errors shows it
            return new ImportSummary(imported, skipped, failed + 1, all, false, notices, reason);
        }
    }
}
