package io.veritag.service;

import io.veritag.io.ArticleReader;
import io.veritag.io.InputProblem;
import io.veritag.io.TextHash;
import io.veritag.model.NewArticle;
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
 * Imports articles from {@code .txt} and {@code .jsonl} files and folders, and the bundled sample corpus.
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
        for (int i = 0; i < files.size(); i++) {
            if (progress.isCancelled()) {
                return tally.summary(true);
            }
            Path file = files.get(i);
            progress.update(i, files.size(), file.getFileName().toString());
            ArticleReader reader = ArticleReader.forFileName(file.getFileName().toString());
            try (InputStream in = Files.newInputStream(file)) {
                importOne(file.toString(), reader, in, tally, progress);
            } catch (IOException e) {
                tally.fail(file + ": cannot read: " + e.getMessage());
            } catch (CancelledException e) {
                return tally.summary(true);
            }
        }
        progress.update(files.size(), files.size(), "done");
        return tally.summary(false);
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
                importOne(names.get(i), ArticleReader.forFileName(names.get(i)), in, tally, progress);
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

    private void importOne(String name, ArticleReader reader, InputStream in, Tally tally, Progress progress) {
        try {
            int[] counts = store.inTransaction(tx -> {
                int[] importedSkipped = new int[2];
                reader.read(name, in, article -> {
                    progress.checkCancelled();
                    if (insertUnlessDuplicate(tx, article, name, tally.notices)) {
                        importedSkipped[0]++;
                    } else {
                        importedSkipped[1]++;
                    }
                });
                return importedSkipped;
            });
            tally.imported += counts[0];
            tally.skipped += counts[1];
        } catch (InputProblem e) {
            tally.fail(e.getMessage());
        } catch (StoreException e) {
            tally.fail(name + ": " + e.getMessage());
        }
    }

    /**
     * Inserts the article unless its text is stored already. An external id that is taken (by a stored article or
     * an earlier one of this import) gets a suffix, and the summary says so: ids are how datasets refer to articles.
     */
    private static boolean insertUnlessDuplicate(Store tx, NewArticle article, String file, List<String> notices) {
        String sha256 = TextHash.sha256(article.text());
        if (tx.articles().idBySha256(sha256).isPresent()) {
            return false;
        }
        String externalId = article.externalId();
        for (int n = 2; tx.articles().externalIdExists(externalId); n++) {
            externalId = article.externalId() + "-" + n;
        }
        if (!externalId.equals(article.externalId())) {
            notices.add(file + ": id '" + article.externalId() + "' is taken by another article with a different text: "
                    + "imported as '" + externalId + "'");
        }
        tx.articles().insert(article.withExternalId(externalId), sha256);
        return true;
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
            errors.add(path + ": not an article file (expected .txt or .jsonl)");
        } else {
            files.add(path);
        }
    }

    private static final class Tally {
        final List<String> errors;
        final List<String> notices = new ArrayList<>();
        int imported;
        int skipped;
        int failed;

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
    }
}
