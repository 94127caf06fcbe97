package org.incidentatlas.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an article file into text. A byte-order mark decides the encoding when present; otherwise
 * strict UTF-8 is tried first and Windows-1252 is the fallback, because that is what copy-pasted news text
 * saved by Windows tools most often is. Binary and empty inputs are refused with a message fit for the user.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Control characters above this share of the first block mean the file is not text. */
    private static final double MAX_CONTROL_RATIO = 0.05;
    private static final int SNIFF_BYTES = 64 * 1024;

    private TextDecoder() {
    }

    /**
     * The decoded text. {@code charset} names what was used; {@code note} is null unless the decoding needed
     * a guess the user should know about (the Windows-1252 fallback).
     */
    public record Decoded(String text, String charset, String note) {
        public boolean isFallback() {
            return note != null;
        }
    }

    /** Decodes and normalises line endings to {@code \n}. */
    public static Decoded decode(byte[] bytes) throws UndecodableTextException {
        Decoded raw = decodeKeepingLineEndings(bytes);
        String text = normalizeLineEndings(raw.text());
        if (text.isBlank()) {
            throw new UndecodableTextException(text.isEmpty() ? "empty file" : "empty file (whitespace only)");
        }
        return new Decoded(text, raw.charset(), raw.note());
    }

    /**
     * Decodes without touching line endings, for sources (HTML) whose offsets must stay those of the file's text.
     * Checks for binary content but not for blank text.
     */
    public static Decoded decodeKeepingLineEndings(byte[] bytes) throws UndecodableTextException {
        if (bytes.length == 0) {
            throw new UndecodableTextException("empty file");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return checked(strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8 (BOM)"));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return checked(strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE (BOM)"));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return checked(strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE (BOM)"));
        }
        Charset utf16 = sniffUtf16WithoutBom(bytes);
        if (utf16 != null) {
            return checked(strict(bytes, 0, utf16, utf16.name() + " (no BOM)"));
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw new UndecodableTextException("binary file (NUL byte at offset " + nul + ")");
        }
        rejectControlHeavy(bytes);
        // The JDK's lenient decoding is one pass straight into the string (no char buffer copied again); it
        // replaces malformed input with U+FFFD, so only a text holding U+FFFD needs the strict decoder's verdict.
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return new Decoded(lenient, "UTF-8", null);
        }
        try {
            return new Decoded(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString(), "UTF-8", null);
        } catch (CharacterCodingException e) {
            String where = e instanceof MalformedInputException ? " at byte " + firstBadUtf8(bytes) : "";
            MixedDecoding mixed = decodeMixed(bytes);
            if (mixed.utf8Sequences() > 0) {
                return new Decoded(mixed.text(), "UTF-8 + windows-1252", "not valid UTF-8" + where + ": "
                        + mixed.badBytes() + " byte(s) decoded as Windows-1252, the rest as UTF-8 (mixed encoding)");
            }
            return new Decoded(new String(bytes, WINDOWS_1252), "windows-1252",
                    "not valid UTF-8" + where + "; decoded as Windows-1252");
        }
    }

    private record MixedDecoding(String text, int utf8Sequences, int badBytes) {
    }

    /**
     * Text pasted together from UTF-8 and Windows-1252 sources has valid multi-byte UTF-8 sequences next to
     * stray single bytes. Decoding it all as Windows-1252 would garble every UTF-8 character ("â€™"), so each
     * valid UTF-8 sequence is kept and only the stray bytes are read as Windows-1252.
     */
    private static MixedDecoding decodeMixed(byte[] b) {
        StringBuilder out = new StringBuilder(b.length);
        int sequences = 0;
        int bad = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (len == 1) {
                out.append((char) c);
                i++;
                continue;
            }
            if (len > 1 && i + len <= b.length) {
                String seq = strictUtf8(b, i, len);
                if (seq != null) {
                    out.append(seq);
                    sequences++;
                    i += len;
                    continue;
                }
            }
            out.append(new String(b, i, 1, WINDOWS_1252));
            bad++;
            i++;
        }
        return new MixedDecoding(out.toString(), sequences, bad);
    }

    private static String strictUtf8(byte[] b, int off, int len) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, off, len)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** {@code \r\n} and lone {@code \r} become {@code \n}. */
    public static String normalizeLineEndings(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                b.append('\n');
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static Decoded strict(byte[] bytes, int skip, Charset cs, String label) throws UndecodableTextException {
        CharsetDecoder d = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return new Decoded(d.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString(), label, null);
        } catch (CharacterCodingException e) {
            throw new UndecodableTextException("undecodable: not valid " + label);
        }
    }

    /** Text decoded from a BOM can still be binary garbage; control characters tell. */
    private static Decoded checked(Decoded d) throws UndecodableTextException {
        String t = d.text();
        int n = Math.min(t.length(), SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c == 0) {
                throw new UndecodableTextException("binary file (NUL character after " + d.charset() + " decoding)");
            }
            if (isBadControl(c)) {
                control++;
            }
        }
        if (n > 0 && control > n * MAX_CONTROL_RATIO) {
            throw new UndecodableTextException("binary file (" + percent(control, n) + " control characters)");
        }
        return d;
    }

    private static void rejectControlHeavy(byte[] bytes) throws UndecodableTextException {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            if (isBadControl((char) (bytes[i] & 0xFF))) {
                control++;
            }
        }
        if (control > n * MAX_CONTROL_RATIO) {
            throw new UndecodableTextException("binary file (" + percent(control, n) + " control characters)");
        }
    }

    private static boolean isBadControl(char c) {
        return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0x7F;
    }

    private static String percent(int part, int whole) {
        return Math.round(100.0 * part / whole) + "%";
    }

    /**
     * UTF-16 text saved without a BOM shows as NUL bytes at every other position; recognise it rather than
     * calling it binary. Only ASCII-heavy text is recognised, which is what a news article mostly is.
     */
    private static Charset sniffUtf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
        if (n < 8) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) {
                evenNul++;
            }
            if (bytes[i + 1] == 0) {
                oddNul++;
            }
        }
        int pairs = n / 2;
        if (oddNul > pairs * 0.9 && evenNul < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNul > pairs * 0.9 && oddNul < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static int firstBadUtf8(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        d.decode(in, out, true);
        return in.position();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte v) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
