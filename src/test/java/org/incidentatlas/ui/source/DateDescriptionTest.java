package org.incidentatlas.ui.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.EventDate;
import org.junit.jupiter.api.Test;

class DateDescriptionTest {
    @Test
    void thePopupSaysWhenADateRestsOnAnApproximatePublicationDate() {
        LocalDate d = LocalDate.of(2021, 2, 15);
        assertThat(EvidencePopupView.describe(new EventDate(d, d, DatePrecision.DAY, "on Monday", false, true)))
                .isEqualTo("2021-02-15 (day), anchored on an approximate publication date");
        assertThat(EvidencePopupView.describe(EventDate.day(d, "on Monday"))).isEqualTo("2021-02-15 (day)");
    }
}
