package dev.starling.app.models;

import dev.starling.engine.ops.Kernels;

import java.nio.file.Path;
import java.util.List;

/**
 * What a {@link ModelSource} may use.
 *
 * @param kernels compute kernels for measuring
 * @param measure whether to measure speed (a few seconds per model)
 * @param folders folders to look for model files in
 */
public record ModelContext(Kernels kernels, boolean measure, List<Path> folders) {
    /** A few short posts, the same for every model, to time encoders on. */
    public static final List<String> PROBE_POSTS = probe();

    private static List<String> probe() {
        String[] base = {
            "I love this new phone! The camera is amazing.",
            "@user the game last night was unbelievable, what a finish #NBA",
            "Worst customer service ever. Waited 2 hours and nobody picked up the phone 😡",
            "Just finished my first marathon!!! legs are dead but so happy 🏃‍♀️",
            "Does anyone know if the new update fixes the battery drain? asking for a friend",
            "the weather today is perfect for a long walk by the river",
            "cannot believe they cancelled the show after one season smh",
            "New blog post: ten tips for better sleep http://example.com/sleep",
        };
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            out.addAll(List.of(base));
        }
        return List.copyOf(out);
    }
}
