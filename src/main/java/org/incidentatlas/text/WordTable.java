package org.incidentatlas.text;

/**
 * One table per thread of the plain words ({@link TokenArray#ASCII_WORD}) seen in its articles, keyed by their
 * folded 64-bit {@link TokenArray#key}, with a few 64-bit cells per word that the stages fill with what they know of
 * the word (the spotter's word lists, the trigger rows it may start): {@link TokenArray#of(String, java.util.List)}
 * looks each plain token up once and keeps its slot, so a stage reads its cell of the slot (the same cache line as
 * the other stages' cells) instead of probing a table of its own per token.
 *
 * <p>A cell is 0 until its stage fills it; each stage marks a filled cell with a bit of its own. The table is
 * emptied, and its {@link #generation} moves on, only when an article's tokenisation starts with the table past its
 * limit; an array made in an earlier generation reads no slot ({@link TokenArray#wordSlot} gives -1). When an article
 * brings more new words than fit, the rest get no slot. Not thread-safe: each thread has its own ({@link #current}).
 */
public final class WordTable {
    /** Cells per word besides its key. */
    public static final int CELLS = 3;
    /** The spotter's cell: the word's lists and rank (geoparse's {@code SpotWords}). */
    public static final int SPOT = 0;
    /** The trigger rows a match can start with at the word in lower case and capitalised (events' {@code TriggerWords}). */
    public static final int TRIGGER = 1;
    /** The trigger rows at the word in capitals, with which of the three trigger masks are filled. */
    public static final int TRIGGER_CAPS = 2;
    private static final int STRIDE = CELLS + 1;
    private static final int CAPACITY = 1 << 16;
    /** Past this many words the next article's tokenisation starts with an empty table. */
    private static final int LIMIT = CAPACITY / 2;
    /** No article adds words past this (the probe chains stay short). */
    private static final int FULL = CAPACITY / 4 * 3;
    private static final ThreadLocal<WordTable> CURRENT = ThreadLocal.withInitial(WordTable::new);

    /** Per slot: the key (0 for a free slot), then {@link #CELLS} cells. */
    private final long[] table = new long[STRIDE * CAPACITY];
    /** Per slot one object a stage keeps for the word (the spotter's gazetteer answer), or null. */
    private final Object[] refs = new Object[CAPACITY];
    private int size;
    private int generation;

    private WordTable() {
    }

    /** This thread's table. */
    public static WordTable current() {
        return CURRENT.get();
    }

    /** Empties the table when past its limit; called before an article's tokens are looked up. */
    void startArticle() {
        if (size > LIMIT) {
            java.util.Arrays.fill(table, 0);
            java.util.Arrays.fill(refs, null);
            size = 0;
            generation++;
        }
    }

    /** Moves on each time the table is emptied: a slot taken in another generation names another word. */
    public int generation() {
        return generation;
    }

    /**
     * The slot of each of the first {@code n} keys whose flags have {@code flag} (added with empty cells if new), -1
     * for the other keys, for a key of 0 and once the table is full: into {@code out}. One call per article (the
     * one-tier compiler would not inline a call per key).
     */
    void slots(long[] keys, int[] flags, int flag, int n, int[] out) {
        long[] t = table;
        for (int i = 0; i < n; i++) {
            long key = keys[i];
            if ((flags[i] & flag) == 0 || key == 0) {
                out[i] = -1;
                continue;
            }
            long h = key * 0x9E3779B97F4A7C15L;
            int s = (int) (h >>> 40) & (CAPACITY - 1);
            long k;
            while ((k = t[STRIDE * s]) != 0 && k != key) {
                s = (s + 1) & (CAPACITY - 1);
            }
            if (k == 0) {
                if (size >= FULL) {
                    out[i] = -1;
                    continue;
                }
                t[STRIDE * s] = key;
                size++;
            }
            out[i] = s;
        }
    }

    /** Cell {@code cell} (0 to {@link #CELLS} - 1) of a slot {@link TokenArray#wordSlot} gave. */
    public long cell(int slot, int cell) {
        return table[STRIDE * slot + 1 + cell];
    }

    /** The object kept for a slot's word ({@link #setRef}), or null. */
    public Object ref(int slot) {
        return refs[slot];
    }

    /** Keeps an object for a slot's word (on this table's thread only). */
    public void setRef(int slot, Object value) {
        refs[slot] = value;
    }

    /** Fills cell {@code cell} of a slot {@link TokenArray#wordSlot} gave (on this table's thread only). */
    public void setCell(int slot, int cell, long value) {
        table[STRIDE * slot + 1 + cell] = value;
    }
}
