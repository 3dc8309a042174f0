package org.inferenceshift.figure;

/** A band across the top of a figure: a title and a line under it (what was run, with which seed). */
public record Heading(String title, String subtitle) {
}
