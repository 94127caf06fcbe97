package org.incidentatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("ui")
@org.junit.jupiter.api.extension.ExtendWith(org.incidentatlas.ui.ToolkitThroughTestFx.class)
class SnapshotCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesAPngOfTheSampleCorpusCentredOnTheBox() throws IOException {
        Path png = tmp.resolve("map.png");
        int code = AtlasCommand.run("snapshot", "--out", png.toString(), "--width", "400", "--height", "300",
                "--scale", "2", "--bbox", "38,31,47,37", "geodata/corpus");
        assertThat(code).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(800);
        assertThat(img.getHeight()).isGreaterThan(600);
    }

    @Test
    void refusesAnInvertedBoxWithoutWritingAnything() {
        Path png = tmp.resolve("bad.png");
        int code = AtlasCommand.run("snapshot", "--out", png.toString(), "--bbox", "47,31,38,37", "geodata/corpus");
        assertThat(code).isEqualTo(1);
        assertThat(png).doesNotExist();
    }
}
