/**
 * Where models come from: the built-in all-MiniLM-L6-v2 encoder read from its Maven artifact
 * (extracted once into a local cache), and the task models Starling trained and ships.
 */
package dev.starling.analysis.models;
