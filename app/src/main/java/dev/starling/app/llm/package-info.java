/** Language models inside analysis, from the command line: choosing a generator ({@code --llm}) and zero-shot labelling. */
package dev.starling.app.llm;
