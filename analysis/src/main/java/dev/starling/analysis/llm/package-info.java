/**
 * Language models inside analysis: an OpenAI-compatible HTTP backend (llama.cpp, Ollama, vLLM),
 * the privacy wrapper every prompt passes through, zero-shot classification with the answer
 * constrained to the labels, and topic labels / trend summaries.
 */
package dev.starling.analysis.llm;
