/** {@code starling generate}: continue a prompt with a causal language model, streaming the text. */
package dev.starling.app.generate;
