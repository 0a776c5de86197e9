package dev.starling.engine.ops;

/** The Vector API backend on one thread (the code path of inter-batch parallelism). */
class VectorKernelsSingleThreadTest extends KernelsConformanceTest {
    @Override
    protected Kernels create() {
        return new VectorKernels(Parallel.sequential());
    }
}
