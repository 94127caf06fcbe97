package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentatlas.events.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.EventStatus;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.Test;

class RuleEventExtractorTest {
    private final RuleEventExtractor x = new RuleEventExtractor();

    private EventExtractor.Result run(Fixtures.Doc d) {
        return x.extract(d.article(), d.mentions());
    }

    @Test
    void unnamedFactionsActiveInTwoGovernoratesAreTwoDeployments() {
        Fixtures.Doc d = doc("According to second-line commanders in Iraqi factions that have recently become active in Iraq's Al-Anbar and Kirkuk governorates, the groups which have intensified their activity since last November are all part of \"one array.\" Its tactic, they explain, is based on groups capable of flexible movement, preparing rocket launch platforms, and launching within a short time.",
                LocalDate.of(2024, 2, 14), "Iraq", IRAQ, "Al-Anbar", ANBAR, "Kirkuk", KIRKUK);
        List<Deployment> ds = run(d).deployments();
        assertThat(ds).extracting(dp -> dp.place().name()).containsExactly("Al Anbar", "Kirkuk");
        assertThat(ds.get(0).actor().name()).isEqualTo("Iraqi factions");
    }
}
