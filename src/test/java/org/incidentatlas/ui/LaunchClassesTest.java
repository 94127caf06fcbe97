package org.incidentatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchClassesTest {
    @Test
    void everyListedClassIsThereSoTheListStaysTrue() {
        List<String> names = LaunchClasses.names();
        assertThat(names).hasSizeGreaterThan(500).contains("org.incidentatlas.ui.AtlasWindow",
                "javafx.scene.control.skin.TableViewSkin").doesNotHaveDuplicates();
        List<String> missing = names.stream().filter(n -> LaunchClasses.load(List.of(n)) == 0).toList();
        assertThat(missing).as("renamed or removed since launch-classes.txt was made: regenerate it").isEmpty();
    }

    @Test
    void aNameNoLongerThereIsSkipped() {
        assertThat(LaunchClasses.load(List.of("org.incidentatlas.ui.NoSuchView", "org.incidentatlas.ui.AtlasApp")))
                .isEqualTo(1);
    }

    @Test
    void theDefaultStylesheetIsFoundAndReadWholeWithoutTheToolkit() {
        // modena's binary form, where the first control's static initialiser reads it; no toolkit runs in this test
        assertThat(LaunchClasses.warmStylesheetParser()).isGreaterThan(300);
    }

    @Test
    void everyConcatenationShapeLinksAndRuns() {
        assertThat(LaunchClasses.warmStringConcat()).isEqualTo(LaunchClasses.CONCAT_SHAPES.split(" ").length);
    }
}
