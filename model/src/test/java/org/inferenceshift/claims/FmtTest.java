package org.inferenceshift.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FmtTest {
    @Test
    void threeSignificantFiguresWithoutTrailingZeros() {
        assertEquals("0.123", Fmt.num(0.12345));
        assertEquals("1.5", Fmt.num(1.5));
        assertEquals("2", Fmt.num(2.0));
        assertEquals("384", Fmt.num(384.2));
        assertEquals("3000", Fmt.num(3000));
        assertEquals("1e+26", Fmt.num(1e26));
        assertEquals("3.7e+06", Fmt.num(3.7e6));
        assertEquals("-6.67e-04", Fmt.num(-6.67e-4));
        assertEquals("NA", Fmt.num(Double.NaN));
        assertEquals("+0.35", Fmt.signed(0.35));
        assertEquals("-1.2", Fmt.signed(-1.2));
    }
}
