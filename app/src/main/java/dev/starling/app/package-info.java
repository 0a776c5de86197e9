/** The Starling application: the {@code starling} command line and what it needs to run. */
package dev.starling.app;
