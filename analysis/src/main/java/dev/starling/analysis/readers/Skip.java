package dev.starling.analysis.readers;

/** One record that produced no post: where it is, why, and a human-readable detail. */
public record Skip(Location where, SkipKind kind, String detail) {
    @Override
    public String toString() {
        return where + ": " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + detail;
    }
}
