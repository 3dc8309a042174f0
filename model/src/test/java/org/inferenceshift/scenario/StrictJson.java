package org.inferenceshift.scenario;

import java.util.HashSet;
import java.util.Set;

/**
 * An independent recogniser of RFC 8259 JSON, for the fuzz tests' oracle: is a text exactly one JSON value
 * (optionally after a byte-order mark), with no text after it and no key twice in an object? Written
 * apart from Jackson so a leniency of the parser the loader uses cannot hide in the oracle too.
 */
final class StrictJson {
    private final String s;
    private int at;

    private StrictJson(String s) {
        this.s = s;
    }

    static boolean isOneValue(String text) {
        StrictJson p = new StrictJson(text.startsWith("\uFEFF") ? text.substring(1) : text);
        try {
            p.space();
            p.value(0);
            p.space();
            return p.at == p.s.length();
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            return false;
        }
    }

    private void value(int depth) {
        if (depth > 5000) {
            throw new IllegalArgumentException("too deep");
        }
        char c = s.charAt(at);
        switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> number();
        }
    }

    private void object(int depth) {
        at++;
        space();
        Set<String> keys = new HashSet<>();
        if (s.charAt(at) == '}') {
            at++;
            return;
        }
        while (true) {
            space();
            int start = at;
            string();
            if (!keys.add(s.substring(start, at))) {
                throw new IllegalArgumentException("duplicate key");
            }
            space();
            expect(':');
            space();
            value(depth + 1);
            space();
            if (s.charAt(at) == ',') {
                at++;
            } else {
                expect('}');
                return;
            }
        }
    }

    private void array(int depth) {
        at++;
        space();
        if (s.charAt(at) == ']') {
            at++;
            return;
        }
        while (true) {
            space();
            value(depth + 1);
            space();
            if (s.charAt(at) == ',') {
                at++;
            } else {
                expect(']');
                return;
            }
        }
    }

    private void string() {
        expect('"');
        while (true) {
            char c = s.charAt(at++);
            if (c == '"') {
                return;
            }
            if (c < 0x20) {
                throw new IllegalArgumentException("control character in a string");
            }
            if (c == '\\') {
                char e = s.charAt(at++);
                if (e == 'u') {
                    for (int i = 0; i < 4; i++) {
                        if (Character.digit(s.charAt(at++), 16) < 0) {
                            throw new IllegalArgumentException("bad \\u escape");
                        }
                    }
                } else if ("\"\\/bfnrt".indexOf(e) < 0) {
                    throw new IllegalArgumentException("bad escape");
                }
            }
        }
    }

    private void number() {
        if (s.charAt(at) == '-') {
            at++;
        }
        if (s.charAt(at) == '0') {
            at++;
        } else {
            digits();
        }
        if (at < s.length() && s.charAt(at) == '.') {
            at++;
            digits();
        }
        if (at < s.length() && (s.charAt(at) == 'e' || s.charAt(at) == 'E')) {
            at++;
            if (s.charAt(at) == '+' || s.charAt(at) == '-') {
                at++;
            }
            digits();
        }
    }

    private void digits() {
        int start = at;
        while (at < s.length() && s.charAt(at) >= '0' && s.charAt(at) <= '9') {
            at++;
        }
        if (at == start) {
            throw new IllegalArgumentException("digit expected");
        }
    }

    private void literal(String word) {
        if (!s.startsWith(word, at)) {
            throw new IllegalArgumentException(word + " expected");
        }
        at += word.length();
    }

    private void expect(char c) {
        if (s.charAt(at) != c) {
            throw new IllegalArgumentException(c + " expected");
        }
        at++;
    }

    private void space() {
        while (at < s.length() && " \t\n\r".indexOf(s.charAt(at)) >= 0) {
            at++;
        }
    }
}
