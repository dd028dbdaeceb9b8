package io.storytrace.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version recorded in the jar's manifest at build time. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"storytrace " + (version == null ? "(development build)" : version)};
    }
}
