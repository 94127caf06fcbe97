package org.incidentatlas.gazetteer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Folded name → place rows, plus the set of proper word prefixes of those names, in one open-addressing table.
 *
 * <p>Half a million names as {@code String}s in a {@code HashMap} cost about three objects each, and copying them
 * between heap generations was most of a cold start. Here a key is a byte range (UTF-8) in a pool: the loader
 * hands over the folded names of the places file packed back to back, so no name becomes an object, and a word
 * prefix of a key is a shorter range of the same bytes. Names added later go to a growable pool.
 */
final class NameTable {
    private static final int NO_ROW = -1;
    private static final int OWN_POOL = 1;

    private byte[][] pools = new byte[4][];
    private int poolCount = 2;
    private int ownLength;

    /**
     * Per slot: pool (8 bits), 8 more bits of the key's hash (so most probes that miss never read key bytes),
     * offset (32 bits) and length (16 bits) of the key; 0 = empty slot.
     */
    private long[] refs;
    /** Per slot: a row, {@link #NO_ROW} (prefix only), or -2-i for row list i. */
    private int[] values;
    private long[] prefixBits;
    private int used;
    private int names;
    private int[][] lists = new int[64][];
    private int listCount;

    NameTable(int expectedKeys) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedKeys * 3 / 2) - 1) << 1;
        allocate(capacity);
        pools[OWN_POOL] = new byte[256];
    }

    private void allocate(int capacity) {
        refs = new long[capacity];
        values = new int[capacity];
        prefixBits = new long[(capacity + 63) / 64];
    }

    /** Registers a pool of key bytes and returns its number for {@link #add(int, int, int, int)}. */
    int addPool(byte[] bytes) {
        if (poolCount == 255) {
            throw new IllegalStateException("too many key pools");
        }
        if (poolCount == pools.length) {
            pools = Arrays.copyOf(pools, poolCount * 2);
        }
        pools[poolCount] = bytes;
        return poolCount++;
    }

    /** Maps a folded key to a row; the key is copied into the table's own pool. */
    void add(String key, int row) {
        byte[] b = key.getBytes(StandardCharsets.UTF_8);
        if (b.length == 0 || b.length > 0xFFFF) {
            return;
        }
        int off = findInOwnPool(b);
        if (off < 0) {
            if (ownLength + b.length > pools[OWN_POOL].length) {
                pools[OWN_POOL] = Arrays.copyOf(pools[OWN_POOL], Math.max(pools[OWN_POOL].length * 2,
                        ownLength + b.length));
            }
            System.arraycopy(b, 0, pools[OWN_POOL], ownLength, b.length);
            off = ownLength;
            ownLength += b.length;
        }
        add(OWN_POOL, off, b.length, row);
    }

    /** The offset of bytes already stored for this key, so a re-added key does not grow the pool. */
    private int findInOwnPool(byte[] b) {
        int slot = slotOf(b, 0, b.length, hash(b, 0, b.length));
        long ref = refs[slot];
        return ref != 0 && pool(ref) == OWN_POOL ? offset(ref) : -1;
    }

    /** Maps the key in {@code pool[off, off+len)} to {@code row}, and marks every proper word prefix of it. */
    void add(int pool, int off, int len, int row) {
        if (len == 0) {
            return;
        }
        // Linear probing stays short below two-thirds full.
        if ((used + len / 2 + 2) * 3 > refs.length * 2) {
            rehash(refs.length * 2);
        }
        byte[] p = pools[pool];
        int slot = claim(pool, off, len);
        int v = values[slot];
        if (v == NO_ROW) {
            values[slot] = row;
            names++;
        } else if (v >= 0) {
            if (v != row) {
                lists[listCount] = new int[] {v, row};
                values[slot] = -2 - listCount;
                listCount++;
                if (listCount == lists.length) {
                    lists = Arrays.copyOf(lists, listCount * 2);
                }
            }
        } else {
            int[] list = lists[-2 - v];
            for (int r : list) {
                if (r == row) {
                    return;
                }
            }
            int[] grown = Arrays.copyOf(list, list.length + 1);
            grown[list.length] = row;
            lists[-2 - v] = grown;
        }
        for (int i = off + 1; i < off + len - 1; i++) {
            if (p[i] == ' ') {
                int s = claim(pool, off, i - off);
                prefixBits[s >>> 6] |= 1L << s;
            }
        }
    }

    /** The slot holding this key, filling an empty one (as prefix-only) if it is new. */
    private int claim(int pool, int off, int len) {
        int hash = hash(pools[pool], off, len);
        int slot = slotOf(pools[pool], off, len, hash);
        if (refs[slot] == 0) {
            refs[slot] = ((long) pool << 56) | ((long) tag(hash) << 48) | ((long) off << 16) | len;
            values[slot] = NO_ROW;
            used++;
        }
        return slot;
    }

    private void rehash(int capacity) {
        long[] oldRefs = refs;
        int[] oldValues = values;
        long[] oldBits = prefixBits;
        allocate(capacity);
        for (int i = 0; i < oldRefs.length; i++) {
            long ref = oldRefs[i];
            if (ref != 0) {
                byte[] p = pools[pool(ref)];
                int slot = slotOf(p, offset(ref), length(ref), hash(p, offset(ref), length(ref)));
                refs[slot] = ref;
                values[slot] = oldValues[i];
                if ((oldBits[i >>> 6] & (1L << i)) != 0) {
                    prefixBits[slot >>> 6] |= 1L << slot;
                }
            }
        }
    }

    /** The slot of the key, or the empty slot where it would go. */
    private int slotOf(byte[] key, int off, int len, int hash) {
        int mask = refs.length - 1;
        int slot = hash & mask;
        while (true) {
            long ref = refs[slot];
            if (ref == 0 || length(ref) == len && tag(ref) == tag(hash)
                    && equal(pools[pool(ref)], offset(ref), key, off, len)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static boolean equal(byte[] a, int aOff, byte[] b, int bOff, int len) {
        return Arrays.equals(a, aOff, aOff + len, b, bOff, bOff + len);
    }

    private static int hash(byte[] b, int off, int len) {
        int h = 0;
        for (int i = off; i < off + len; i++) {
            h = 31 * h + (b[i] & 0xFF);
        }
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static int pool(long ref) {
        return (int) (ref >>> 56);
    }

    private static int tag(long ref) {
        return (int) (ref >>> 48) & 0xFF;
    }

    private static int tag(int hash) {
        return hash >>> 24;
    }

    private static int offset(long ref) {
        return (int) (ref >>> 16);
    }

    private static int length(long ref) {
        return (int) (ref & 0xFFFF);
    }

    /**
     * The slot of a key, or -1. Folded keys are nearly always ASCII, whose UTF-8 bytes are its chars: those are
     * hashed and compared char by char, without encoding the key (the lookup is on the geoparser's hot path).
     */
    private int slotOf(String key) {
        int len = key.length();
        if (len == 0 || len > 0xFFFF) {
            return slotOfEncoded(key);
        }
        int h = 0;
        for (int i = 0; i < len; i++) {
            char c = key.charAt(i);
            if (c >= 0x80) {
                return slotOfEncoded(key);
            }
            h = 31 * h + c;
        }
        h *= 0x9E3779B9;
        int hash = h ^ (h >>> 16);
        int mask = refs.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            long ref = refs[slot];
            if (ref == 0) {
                return -1;
            }
            if (length(ref) == len && tag(ref) == tag(hash) && equalAscii(pools[pool(ref)], offset(ref), key, len)) {
                return slot;
            }
        }
    }

    private static boolean equalAscii(byte[] p, int off, String key, int len) {
        for (int i = 0; i < len; i++) {
            if (p[off + i] != (byte) key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int slotOfEncoded(String key) {
        byte[] b = key.getBytes(StandardCharsets.UTF_8);
        if (b.length == 0 || b.length > 0xFFFF) {
            return -1;
        }
        int slot = slotOf(b, 0, b.length, hash(b, 0, b.length));
        return refs[slot] == 0 ? -1 : slot;
    }

    /**
     * What this key names, in one probe: {@code -1} for nothing, a row ({@code >= 0}), or {@code -2 - i} for row
     * list {@code i} ({@link #list}).
     */
    int value(String key) {
        int slot = slotOf(key);
        return slot < 0 ? NO_ROW : values[slot];
    }

    /** Row list {@code i} (see {@link #value}); the table's own array: do not change it. */
    int[] list(int i) {
        return lists[i];
    }

    /** How many row lists there are (names shared by several rows). */
    int listCount() {
        return listCount;
    }

    /** Rows named by this key, in stored order; empty if none. The array is the table's own: do not change it. */
    int[] rows(String key) {
        int slot = slotOf(key);
        if (slot < 0) {
            return EMPTY;
        }
        int v = values[slot];
        return v == NO_ROW ? EMPTY : v >= 0 ? new int[] {v} : lists[-2 - v];
    }

    boolean isPrefix(String key) {
        int slot = slotOf(key);
        return slot >= 0 && (prefixBits[slot >>> 6] & (1L << slot)) != 0;
    }

    /** Number of distinct names (keys with at least one row). */
    int names() {
        return names;
    }

    /** Applies {@code sorter} to every row list, e.g. to put the most prominent place first. */
    void sortLists(java.util.function.Consumer<int[]> sorter) {
        for (int i = 0; i < listCount; i++) {
            sorter.accept(lists[i]);
        }
    }

    private static final int[] EMPTY = new int[0];

    /** The table's state as arrays, for {@link GazetteerIndex}: pools from 1 (the own pool trimmed), lists trimmed. */
    record Parts(byte[][] pools, long[] refs, int[] values, long[] prefixBits, int used, int names, int[][] lists) {
    }

    Parts parts() {
        byte[][] used = new byte[poolCount - OWN_POOL][];
        used[0] = Arrays.copyOf(pools[OWN_POOL], ownLength);
        System.arraycopy(pools, OWN_POOL + 1, used, 1, poolCount - OWN_POOL - 1);
        return new Parts(used, refs, values, prefixBits, this.used, names, Arrays.copyOf(lists, listCount));
    }

    /** A table over the state {@link #parts()} gave; later adds work as on any table. */
    static NameTable of(Parts parts) {
        NameTable t = new NameTable(1);
        t.pools = new byte[Math.max(4, parts.pools().length + OWN_POOL + 1)][];
        System.arraycopy(parts.pools(), 0, t.pools, OWN_POOL, parts.pools().length);
        t.poolCount = parts.pools().length + OWN_POOL;
        t.ownLength = parts.pools()[0].length;
        t.refs = parts.refs();
        t.values = parts.values();
        t.prefixBits = parts.prefixBits();
        t.used = parts.used();
        t.names = parts.names();
        t.listCount = parts.lists().length;
        t.lists = Arrays.copyOf(parts.lists(), Math.max(64, t.listCount + 1));
        return t;
    }
}
