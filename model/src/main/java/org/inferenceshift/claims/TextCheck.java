package org.inferenceshift.claims;

/**
 * One quantitative statement of the source texts set beside the model's value (issue 21 item 5).
 *
 * @param statement  the statement, paraphrased
 * @param source     where the texts make it ([E] or [R] and section)
 * @param textValue  the texts' number, as they give it
 * @param modelValue the model's number, in the same terms
 * @param reading    how the model's number arises, and whether it is an input or an outcome
 */
public record TextCheck(String statement, String source, String textValue, String modelValue, String reading) {
}
