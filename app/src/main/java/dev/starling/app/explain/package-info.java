/**
 * {@code starling explain}: token attributions of one classifier on one text, coloured in the
 * terminal (or plain with numbers, or JSON), attention maps exported per layer and head; and the
 * report insight that shows why flagged posts were flagged.
 */
package dev.starling.app.explain;
