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
     * a guess the user should know about (the Windows-1252 fallback). {@code safe}: the text is known to hold
     * nothing {@link TextSanitizer#clean(String)} would change (false when not known), so it need not be checked.
     */
    public record Decoded(String text, String charset, String note, boolean safe) {
        public Decoded(String text, String charset, String note) {
            this(text, charset, note, false);
        }

        public boolean isFallback() {
            return note != null;
        }
    }

    /** Decodes and normalises line endings to {@code \n}. */
    public static Decoded decode(byte[] bytes) throws UndecodableTextException {
        Decoded raw = decodeKeepingLineEndings(bytes);
        String text = raw.safe() ? raw.text() : normalizeLineEndings(raw.text()); // safe: it has no \r
        if (text.isBlank()) {
            throw new UndecodableTextException(text.isEmpty() ? "empty file" : "empty file (whitespace only)");
        }
        return new Decoded(text, raw.charset(), raw.note(), raw.safe());
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
        ByteScan scan = ByteScan.of(bytes); // the checks below, and what the sanitizer would find, in one pass
        Charset utf16 = scan.utf16WithoutBom();
        if (utf16 != null) {
            return checked(strict(bytes, 0, utf16, utf16.name() + " (no BOM)"));
        }
        if (scan.firstNul >= 0) {
            throw new UndecodableTextException("binary file (NUL byte at offset " + scan.firstNul + ")");
        }
        if (scan.control > scan.sniffed * MAX_CONTROL_RATIO) {
            throw new UndecodableTextException("binary file (" + percent(scan.control, scan.sniffed) + " control characters)");
        }
        // The JDK's lenient decoding is one pass straight into the string (no char buffer copied again); it
        // replaces malformed input with U+FFFD, so only a text holding U+FFFD needs the strict decoder's verdict.
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            // valid UTF-8 has no lone surrogate, so the bytes tell every character the sanitizer would change
            return new Decoded(lenient, "UTF-8", null, !scan.unsafe && !scan.cr);
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

    /**
     * What one pass over a file's bytes tells: NUL bytes (where, and at even and odd positions of the first block,
     * which is how UTF-16 without a BOM shows), control characters in the first block, a {@code \r}, and whether,
     * read as UTF-8, the bytes hold a character {@link TextSanitizer} changes other than {@code \r} (a control
     * character, C1 controls as C2 80-9F, U+FFFE and U+FFFF as EF BF BE and EF BF BF).
     */
    private static final class ByteScan {
        int firstNul = -1;
        int evenNul;
        int oddNul;
        /** Bytes of the first block looked at for NULs and controls. */
        int sniffed;
        int control;
        boolean cr;
        boolean unsafe;

        static ByteScan of(byte[] b) {
            ByteScan s = new ByteScan();
            int n = b.length;
            s.sniffed = Math.min(n, SNIFF_BYTES);
            int pairs = s.sniffed & ~1;
            for (int i = 0; i < n; i++) {
                int c = b[i] & 0xFF;
                if (c >= 0x20 && c != 0x7F && c != 0xC2 && c != 0xEF) {
                    continue; // most bytes
                }
                if (c == 0) {
                    if (s.firstNul < 0) {
                        s.firstNul = i;
                    }
                    if (i < pairs) {
                        if ((i & 1) == 0) {
                            s.evenNul++;
                        } else {
                            s.oddNul++;
                        }
                    }
                }
                if (i < s.sniffed && isBadControl((char) c)) {
                    s.control++;
                }
                if (c == '\r') {
                    s.cr = true;
                } else if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7F) {
                    s.unsafe = true;
                } else if (c == 0xC2) {
                    s.unsafe |= i + 1 < n && (b[i + 1] & 0xFF) >= 0x80 && (b[i + 1] & 0xFF) <= 0x9F;
                } else if (c == 0xEF) {
                    s.unsafe |= i + 2 < n && (b[i + 1] & 0xFF) == 0xBF && ((b[i + 2] & 0xFF) == 0xBE || (b[i + 2] & 0xFF) == 0xBF);
                }
            }
            return s;
        }

        /**
         * UTF-16 text saved without a BOM shows as NUL bytes at every other position; recognise it rather than
         * calling it binary. Only ASCII-heavy text is recognised, which is what a news article mostly is.
         */
        Charset utf16WithoutBom() {
            int n = sniffed & ~1;
            if (n < 8) {
                return null;
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
    }

    private static boolean isBadControl(char c) {
        return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0x7F;
    }

    private static String percent(int part, int whole) {
        return Math.round(100.0 * part / whole) + "%";
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
}
