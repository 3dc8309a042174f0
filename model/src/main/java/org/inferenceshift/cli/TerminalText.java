package org.inferenceshift.cli;

import java.util.Locale;

/**
 * Text from input files made safe to print on a terminal: control characters (escape sequences that move
 * the cursor, recolour or retitle the terminal, line breaks that would split a one-line message) are
 * shown as visible escapes such as {@code \x1b} instead of being sent to the terminal.
 */
public final class TerminalText {
    private TerminalText() {
    }

    public static String clean(String text) {
        if (text == null || text.codePoints().noneMatch(Character::isISOControl)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format(Locale.ROOT, "\\x%02x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
