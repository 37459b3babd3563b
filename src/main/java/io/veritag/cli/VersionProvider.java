package io.veritag.cli;

import io.veritag.model.AppVersion;
import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"veritag " + AppVersion.program() + " (schema " + AppVersion.schema() + ")"};
    }
}
