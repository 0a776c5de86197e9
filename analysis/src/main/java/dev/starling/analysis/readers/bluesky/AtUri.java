package dev.starling.analysis.readers.bluesky;

/** {@code at://<did>/<collection>/<rkey>} URIs. */
final class AtUri {
    private static final String SCHEME = "at://";

    private AtUri() {
    }

    /** The record key, or the whole URI when it is not a record URI; null for null. */
    static String rkey(String uri) {
        if (uri == null) {
            return null;
        }
        String[] parts = parts(uri);
        return parts != null ? parts[2] : uri;
    }

    /** The repository (a DID or handle), or null when {@code uri} is not an at:// URI. */
    static String authority(String uri) {
        if (uri == null || !uri.startsWith(SCHEME)) {
            return null;
        }
        String rest = uri.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static String[] parts(String uri) {
        if (!uri.startsWith(SCHEME)) {
            return null;
        }
        String[] p = uri.substring(SCHEME.length()).split("/");
        return p.length == 3 && !p[2].isEmpty() ? p : null;
    }
}
