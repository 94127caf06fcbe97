package org.incidentatlas.ui.map;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The byte reads of the basemap and area files: a buffer of its own over the (gzip) stream, so a varint byte is an
 * array read, not a call through {@code DataInputStream} into {@code BufferedInputStream}'s synchronized
 * {@code read()}; these files are read while the app starts (issue 12), about 1.5 M varint bytes for the areas alone.
 * Not thread-safe; closes the stream it reads.
 */
final class VarintInput implements AutoCloseable {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;

    VarintInput(InputStream in) {
        this.in = in;
    }

    /** The next byte, 0-255; {@link EOFException} at the end of the stream. */
    int readUnsignedByte() throws IOException {
        if (position == limit && !fill()) {
            throw new EOFException();
        }
        return buffer[position++] & 0xff;
    }

    /** Fills {@code b} from the stream; {@link EOFException} if it ends first. */
    void readFully(byte[] b) throws IOException {
        int done = 0;
        while (done < b.length) {
            if (position == limit && !fill()) {
                throw new EOFException();
            }
            int n = Math.min(b.length - done, limit - position);
            System.arraycopy(buffer, position, b, done, n);
            position += n;
            done += n;
        }
    }

    /** The next unsigned LEB128 varint (7 bits a byte, low first), at most 8 bytes long. */
    long varlong() throws IOException {
        long v = 0;
        int shift = 0;
        while (true) {
            int b = position < limit ? buffer[position++] & 0xff : readUnsignedByte();
            v |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
            shift += 7;
            if (shift > 56) {
                throw new IOException("varint too long");
            }
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        while (n == 0) {
            n = in.read(buffer, 0, buffer.length);
        }
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
