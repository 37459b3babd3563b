package io.veritag;

import ch.qos.logback.core.PropertyDefinerBase;
import io.veritag.store.AppHome;

/** Tells logback (logback.xml) where the log lives: {@code logs/} in the data folder. */
public final class LogFolder extends PropertyDefinerBase {
    @Override
    public String getPropertyValue() {
        return AppHome.dir().resolve("logs").toString();
    }
}
