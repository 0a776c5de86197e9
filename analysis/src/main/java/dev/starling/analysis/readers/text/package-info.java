/** Plain text, one post per line: the fallback for anything no other format claims. */
package dev.starling.analysis.readers.text;
