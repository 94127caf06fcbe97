package org.incidentatlas.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @Test
    void plainUtf8DecodesWithoutNote() throws Exception {
        TextDecoder.Decoded d = TextDecoder.decode("Kaabi’s visit to Moscow".getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo("Kaabi’s visit to Moscow");
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.isFallback()).isFalse();
    }

    @Test
    void plainUtf8IsSafeOnlyWhenTheSanitizerWouldChangeNothing() throws Exception {
        String prose = "Shelling hit the old market © 2024, witnesses said. ";
        for (String clean : new String[] {prose, prose + "“Quotes” — and Arabic: بغداد\n\tindented", "\u00A0\u00A9 " + prose}) {
            TextDecoder.Decoded d = TextDecoder.decode(clean.getBytes(StandardCharsets.UTF_8));
            assertThat(d.safe()).as(clean).isTrue();
            assertThat(TextSanitizer.clean(d.text())).isSameAs(d.text());
        }
        // a C1 control, U+FFFE, U+FFFF, a form feed, a DEL and a carriage return: each needs the sanitizer's look
        for (String unsafe : new String[] {"\u0085", "\u009F", "\uFFFE", "\uFFFF", "\f", "\u007F", "\r"}) {
            TextDecoder.Decoded d = TextDecoder.decode((prose + prose + unsafe + prose).getBytes(StandardCharsets.UTF_8));
            assertThat(d.safe()).as("U+%04X", (int) unsafe.charAt(0)).isFalse();
        }
        assertThat(TextDecoder.decode((prose + "\r\n" + prose).getBytes(StandardCharsets.UTF_8)).text()).doesNotContain("\r");
        // a decoding the bytes cannot vouch for is never called safe
        assertThat(TextDecoder.decode(("caf" + (char) 0xE9 + " " + prose).getBytes(StandardCharsets.ISO_8859_1)).safe()).isFalse();
    }

    @Test
    void everyCharacterTheDecoderCallsSafeIsOneTheSanitizerKeeps() throws Exception {
        // the decoder's byte scan restates which characters the sanitizer changes: every BMP character checked
        String prose = "Shelling hit the old market, witnesses said. ";
        for (int c = 1; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c)) {
                continue; // not encodable alone in UTF-8
            }
            String text = prose + (char) c + prose;
            TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8));
            if (d.safe()) {
                assertThat(TextSanitizer.clean(d.text())).as("U+%04X", c).isEqualTo(d.text());
            }
        }
    }

    @Test
    void utf8BomIsRemoved() throws Exception {
        byte[] body = "Baghdad".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        assertThat(d.text()).isEqualTo("Baghdad");
        assertThat(d.charset()).isEqualTo("UTF-8 (BOM)");
    }

    @Test
    void utf16BomsSelectTheByteOrder() throws Exception {
        assertThat(TextDecoder.decode(withBom(0xFF, 0xFE, "Ayn al-Asad", "UTF-16LE")).text()).isEqualTo("Ayn al-Asad");
        assertThat(TextDecoder.decode(withBom(0xFE, 0xFF, "Ayn al-Asad", "UTF-16BE")).text()).isEqualTo("Ayn al-Asad");
    }

    @Test
    void utf16WithoutBomIsRecognisedNotCalledBinary() throws Exception {
        byte[] bytes = "Rockets fell near the embassy.".getBytes(StandardCharsets.UTF_16LE);
        assertThat(TextDecoder.decode(bytes).text()).isEqualTo("Rockets fell near the embassy.");
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsValidUtf8AndAnEncodedSurrogateIsNot() throws Exception {
        TextDecoder.Decoded d = TextDecoder.decode("Mosul \uFFFD Erbil".getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo("Mosul \uFFFD Erbil");
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.note()).isNull();
        // a surrogate encoded on its own (CESU-8) is malformed UTF-8: the strict decoder's verdict, not U+FFFD
        byte[] cesu = {'a', 'b', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'c'};
        assertThat(TextDecoder.decode(cesu).isFallback()).isTrue();
    }

    @Test
    void invalidUtf8FallsBackToWindows1252WithANote() throws Exception {
        byte[] bytes = {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x93, 'q', (byte) 0x94};
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        assertThat(d.text()).isEqualTo("café “q”");
        assertThat(d.charset()).isEqualTo("windows-1252");
        assertThat(d.note()).contains("not valid UTF-8").contains("byte 3").contains("Windows-1252");
    }

    @Test
    void mixedUtf8AndWindows1252KeepsTheUtf8Characters() throws Exception {
        byte[] utf8 = "Kaabi’s visit".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[utf8.length + 5];
        System.arraycopy(utf8, 0, bytes, 0, utf8.length);
        bytes[utf8.length] = ' ';
        bytes[utf8.length + 1] = 'c';
        bytes[utf8.length + 2] = 'a';
        bytes[utf8.length + 3] = 'f';
        bytes[utf8.length + 4] = (byte) 0xE9;
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        assertThat(d.text()).isEqualTo("Kaabi’s visit café");
        assertThat(d.note()).contains("1 byte(s) decoded as Windows-1252").contains("mixed encoding");
    }

    @Test
    void nulBytesMeanBinary() {
        byte[] bytes = {'%', 'P', 'D', 'F', 0, 1, 2, 3, 'x', 'y', 'z', 'w'};
        assertThatThrownBy(() -> TextDecoder.decode(bytes)).isInstanceOf(UndecodableTextException.class)
                .hasMessageContaining("binary file");
    }

    @Test
    void manyControlCharactersMeanBinary() {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }
        assertThatThrownBy(() -> TextDecoder.decode(bytes)).hasMessageContaining("binary file")
                .hasMessageContaining("control characters");
    }

    @Test
    void emptyAndBlankFilesAreRefused() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[0])).hasMessage("empty file");
        assertThatThrownBy(() -> TextDecoder.decode(" \r\n\t ".getBytes(StandardCharsets.US_ASCII)))
                .hasMessage("empty file (whitespace only)");
    }

    @Test
    void lineEndingsBecomeLineFeeds() throws Exception {
        assertThat(TextDecoder.decode("a\r\nb\rc\n".getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("a\nb\nc\n");
    }

    @Test
    void bomDeclaringInvalidBytesIsUndecodable() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xC3};
        assertThatThrownBy(() -> TextDecoder.decode(bytes)).hasMessageContaining("undecodable");
    }

    private static byte[] withBom(int b0, int b1, String s, String cs) {
        byte[] body = s.getBytes(java.nio.charset.Charset.forName(cs));
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) b0;
        out[1] = (byte) b1;
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }
}
