/**
 * Pretraining on tweets: the unlabelled corpus (training splits only) and the masked-LM +
 * next-sentence task, from scratch or continued from MiniLM (domain-adaptive pretraining).
 */
package dev.starling.analysis.pretrain;
