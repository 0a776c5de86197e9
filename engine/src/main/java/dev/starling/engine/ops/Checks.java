package dev.starling.engine.ops;

/** Argument checks shared by kernel backends: fail early with a message, not deep in a loop. */
final class Checks {
    private Checks() {
    }

    static void size(float[] a, long needed, String what) {
        if (a.length < needed) {
            throw new IllegalArgumentException(what + " has " + a.length + " floats, needs " + needed);
        }
    }

    static void index(int i, int bound, String what) {
        if (i < 0 || i >= bound) {
            throw new IndexOutOfBoundsException(what + " " + i + " outside [0, " + bound + ")");
        }
    }
}
