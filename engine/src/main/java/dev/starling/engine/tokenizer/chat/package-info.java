/**
 * Chat templates: a list of role/content messages → the prompt text an instruction-tuned model
 * expects (ChatML, Llama 3, Zephyr), without a Jinja engine: each format is written out in Java and
 * tested against the output of the model's own Jinja template.
 */
package dev.starling.engine.tokenizer.chat;
