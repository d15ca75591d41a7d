package app.nenpyo.cli;

import picocli.CommandLine;

/** The version written in the jar's manifest by the build (or "dev" when run from classes). */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"Nenpyo " + (version == null ? "dev" : version)};
    }
}
