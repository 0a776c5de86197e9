/**
 * Input and output for the command line: the line-reading contract (split on \n, tolerate
 * invalid UTF-8), outputs that appear only when complete, and progress reporting on stderr.
 */
package dev.starling.app.io;
