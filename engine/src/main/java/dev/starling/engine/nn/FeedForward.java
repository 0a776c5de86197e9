package dev.starling.engine.nn;

import dev.starling.engine.ops.Activation;
import dev.starling.engine.ops.Kernels;

/** Position-wise feed-forward: down(act(up(x))), the activation fused into the up projection. */
public final class FeedForward {
    private final Linear up;
    private final Linear down;
    private final Activation activation;

    public FeedForward(Linear up, Linear down, Activation activation) {
        this.up = up;
        this.down = down;
        this.activation = activation;
    }

    /** out[N, C] = down(act(up(x[N, C]))), through an [N, I] intermediate. */
    public void forward(Kernels k, float[] x, int n, Workspace ws, float[] out) {
        float[] mid = ws.get(Workspace.Slot.INTERMEDIATE, n * up.out());
        up.forward(k, x, n, activation, mid);
        down.forward(k, mid, n, Activation.NONE, out);
    }
}
