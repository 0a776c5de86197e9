package dev.starling.app.analyze;

import java.nio.file.Path;

/** Opens the result store for a run. */
final class Stores {
    private Stores() {
    }

    static ResultStore open(Path db) {
        return ResultStore.none();
    }
}
