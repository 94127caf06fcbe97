package org.incidentatlas.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lookups by ASCII keys (compared char by char) and by other keys (encoded to UTF-8) find the same entries. */
class NameTableTest {
    @Test
    void asciiAndNonAsciiKeysAndTheirWordPrefixes() {
        NameTable t = new NameTable(4);
        t.add("tal abyad", 1);
        t.add("tal abyad", 2);
        t.add("qaryat tal", 3);
        t.add("zürich west", 4);
        t.add("دير الزور", 5);

        assertThat(t.rows("tal abyad")).containsExactly(1, 2);
        assertThat(t.rows("qaryat tal")).containsExactly(3);
        assertThat(t.rows("zürich west")).containsExactly(4);
        assertThat(t.rows("دير الزور")).containsExactly(5);
        assertThat(t.isPrefix("tal")).isTrue();
        assertThat(t.isPrefix("zürich")).isTrue();
        assertThat(t.isPrefix("دير")).isTrue();
        // A prefix is no name, a name is no prefix, and near misses are misses.
        assertThat(t.rows("tal")).isEmpty();
        assertThat(t.isPrefix("tal abyad")).isFalse();
        assertThat(t.rows("tal abyaf")).isEmpty();
        assertThat(t.rows("zurich west")).isEmpty();
        assertThat(t.rows("")).isEmpty();
        assertThat(t.isPrefix("")).isFalse();
    }
}
