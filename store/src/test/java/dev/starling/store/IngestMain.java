package dev.starling.store;

import java.nio.file.Path;

/** Child process for the kill test: ingests {@code n} generated posts into {@code db} in batches. */
public final class IngestMain {
    private IngestMain() {
    }

    public static void main(String[] args) {
        try (PostStore store = PostStore.open(Path.of(args[0]))) {
            GeneratedPosts.ingest(store, 0, Integer.parseInt(args[1]), Integer.parseInt(args[2]), System.out,
                    args.length > 3 ? Long.parseLong(args[3]) : 0);
        }
        System.out.println("done");
    }
}
