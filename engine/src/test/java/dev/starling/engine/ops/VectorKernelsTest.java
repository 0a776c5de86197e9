package dev.starling.engine.ops;

/** The Vector API backend, two threads, against the reference. */
class VectorKernelsTest extends KernelsConformanceTest {
    @Override
    protected Kernels create() {
        return new VectorKernels(Parallel.of(2));
    }
}
