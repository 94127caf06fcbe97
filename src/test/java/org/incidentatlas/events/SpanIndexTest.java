package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.incidentatlas.model.TextSpan;
import org.junit.jupiter.api.Test;

class SpanIndexTest {
    @Test
    void findsALongerContainingSpanOnly() {
        SpanIndex idx = new SpanIndex(List.of(new TextSpan(10, 30), new TextSpan(0, 5), new TextSpan(40, 45)));
        assertThat(idx.containsLonger(new TextSpan(12, 20))).isTrue();
        assertThat(idx.containsLonger(new TextSpan(20, 30))).isTrue();
        assertThat(idx.containsLonger(new TextSpan(10, 30))).isFalse();
        assertThat(idx.containsLonger(new TextSpan(40, 45))).isFalse();
        assertThat(idx.containsLonger(new TextSpan(28, 35))).isFalse();
        assertThat(idx.containsLonger(new TextSpan(6, 8))).isFalse();
        assertThat(new SpanIndex(List.of()).containsLonger(new TextSpan(1, 2))).isFalse();
    }
}
