/** Locating models and tokenizers: built-in (from Maven artifacts on the classpath) or user files. */
package dev.starling.app.model;
