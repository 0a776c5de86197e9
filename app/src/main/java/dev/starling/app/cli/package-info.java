/**
 * The picocli subcommands. Each validates its flags, reports bad records on stderr without
 * stopping, writes outputs atomically and maps failures to the documented exit codes.
 */
package dev.starling.app.cli;
