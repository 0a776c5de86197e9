/**
 * Choosing a model: {@code starling models} lists what is available (typed {@link dev.starling.app.models.ModelSource}s
 * found through ServiceLoader), measures it here and recommends one per kind for a memory and latency budget.
 */
package dev.starling.app.models;
