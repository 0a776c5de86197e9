/**
 * Training: optimizers (SGD with momentum, AdamW), learning-rate schedules (warm-up then linear or
 * cosine decay), gradient clipping and accumulation, LoRA-capable linear layers, atomic
 * checkpoints (safetensors + JSON) and the {@link dev.starling.engine.train.Trainer} loop with
 * validation, best-checkpoint selection, early stopping and exact resume.
 */
package dev.starling.engine.train;
