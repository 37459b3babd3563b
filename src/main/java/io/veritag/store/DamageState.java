package io.veritag.store;

import java.util.concurrent.atomic.AtomicReference;

/** Remembers the first sign of damage an open database showed, so that no write follows it. */
final class DamageState {
    private final String file;
    private final AtomicReference<DamagedDatabaseException> damage = new AtomicReference<>();

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
