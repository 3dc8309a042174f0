package org.inferenceshift.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a scenario or experiment file as text, turning every way a file can be unusable before JSON
 * parsing into a {@link ScenarioException} that names the file: missing, a folder, unreadable, not
 * UTF-8 (with the line of the bad byte), or empty. A UTF-8 byte-order mark, which some Windows editors
 * write, is dropped rather than reported as a syntax error.
 */
public final class ScenarioText {
    /**
     * Far above any scenario or experiment (the largest shipped is a few kilobytes), far below what would
     * strain memory: a file beyond it is a wrong path (a log, a data dump), refused before it is read whole.
     */
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private ScenarioText() {
    }

    public static String read(Path file, String source) throws ScenarioException {
        return textOf(bytesOf(file, source), source, "a scenario is a JSON object such as {\"name\": \"x\"}");
    }

    /**
     * The file's bytes as they are on disk (for a checksum). Missing, folder, unreadable and special files
     * (a device such as /dev/zero, a FIFO, a socket) are refused before opening them, and at most
     * {@link #MAX_BYTES} are read, so no path can make the loader block or exhaust memory.
     */
    public static byte[] bytesOf(Path file, String source) throws ScenarioException {
        if (source.isEmpty()) {
            throw new ScenarioException("the file name is empty; give the path of a JSON file");
        }
        if (Files.isDirectory(file)) {
            throw new ScenarioException(source + ": is a folder, not a file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new ScenarioException(source + ": is not a regular file (a device, pipe or socket); give the path of a JSON file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ScenarioException(source + ": file is too large (more than " + MAX_BYTES / (1024 * 1024)
                        + " MB); a scenario or experiment file is a few kilobytes of JSON");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new ScenarioException(source + ": file not found");
        } catch (AccessDeniedException e) {
            throw new ScenarioException(source + ": cannot read file (permission denied)");
        } catch (IOException e) {
            throw new ScenarioException(source + ": cannot read file (" + e.getMessage() + ")");
        }
    }

    /** The bytes as text: refused if not UTF-8 or empty; {@code whatItShouldBe} completes the empty-file message. */
    public static String textOf(byte[] bytes, String source, String whatItShouldBe) throws ScenarioException {
        String text = decode(bytes, source);
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ScenarioException(source + ": file is empty; " + whatItShouldBe);
        }
        return text;
    }

    private static String decode(byte[] bytes, String source) throws ScenarioException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw new ScenarioException(String.format(Locale.ROOT,
                    "%s: not UTF-8 text: invalid byte 0x%02x at line %d (byte offset %d); save the file as UTF-8",
                    source, bytes[at] & 0xff, lineOf(bytes, at), at));
        }
        return out.flip().toString();
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
