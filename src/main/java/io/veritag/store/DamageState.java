package io.veritag.store;

import java.util.concurrent.atomic.AtomicReference;

/** Remembers the first sign of damage an open database showed, so that no write follows it. */
final class DamageState {
    private final String file;
    private final AtomicReference<DamagedDatabaseException> damage = new AtomicReference<>();
    private final AtomicReference<DiskFullException> diskFull = new AtomicReference<>();

    DamageState(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    /** Records damage (the first one counts) and returns the exception to throw. */
    DamagedDatabaseException record(String what, Throwable cause) {
        damage.compareAndSet(null, new DamagedDatabaseException(file, what, cause));
        return damage.get();
    }

    DamagedDatabaseException current() {
        return damage.get();
    }

    /** Records that a write found the disk full (H2 then closes the database) and returns the exception to throw. */
    DiskFullException recordDiskFull(Throwable cause) {
        diskFull.compareAndSet(null, new DiskFullException(file, cause));
        return diskFull.get();
    }

    /** The disk-full failure seen, or null. */
    DiskFullException diskFull() {
        return diskFull.get();
    }

    /**
     * The exception for a failed statement or commit when it says more than the driver's text: the disk was full,
     * or the file is damaged (recorded, so that no write follows); null otherwise.
     */
    StoreException translate(Throwable failure) {
        if (failure instanceof StoreException known) {
            return known;
        }
        if (DiskFullException.isDiskFull(failure)) {
            return recordDiskFull(failure);
        }
        if (diskFull() != null) {
            return diskFull(); // H2 closed the database after the full disk: later failures say so
        }
        if (isDamage(failure)) {
            return record("a part of the file cannot be read", failure);
        }
        return null;
    }

    /** True when {@code failure} says that H2 could not read the file (rather than a wrong statement). */
    static boolean isDamage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.h2.mvstore.MVStoreException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && (sql.getErrorCode() == org.h2.api.ErrorCode.FILE_CORRUPTED_1
                    || sql.getErrorCode() == org.h2.api.ErrorCode.FILE_VERSION_ERROR_1)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
