package org.incidentatlas.ui.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.incidentatlas.model.Article;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.text.SentenceSplitter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An Arabic article is read right to left and wraps inside the reader. A right-to-left TextFlow holding the article
 * as a few long runs laid each run out as one line running thousands of pixels past the pane's edge.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ArticleReaderRtlTest {
    // made-up text: "Local sources said a drone struck a car near the city of Kirkuk on Monday, ..."
    private static final String TEXT = "أفادت مصادر محلية بأن طائرة مسيرة قصفت سيارة قرب مدينة كركوك يوم الاثنين، "
            + "وأسفر القصف عن مقتل شخصين وإصابة ثلاثة آخرين بجروح متفاوتة، بحسب ما ذكرت المصادر التي طلبت عدم الكشف عن هويتها. "
            + "وقالت المصادر إن القوات الأمنية فرضت طوقا أمنيا حول المنطقة وبدأت تحقيقا في الحادث الذي وقع على الطريق الرئيسي. "
            + "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن، فيما تتواصل عمليات البحث في القرى المجاورة لمدينة كركوك.";

    private ArticleReaderView reader;

    @Start
    void start(Stage stage) {
        reader = new ArticleReaderView();
        stage.setScene(new Scene(reader, 420, 500));
        stage.show();
    }

    @Test
    void arabicWrapsRightToLeftInsideTheReader(FxRobot robot) throws Exception {
        Article a = new Article("ar.txt", "/fixture/ar.txt", "طائرة مسيرة تقصف سيارة قرب كركوك", "مثال", null, null,
                LocalDate.of(2024, 3, 11), null, TEXT, SentenceSplitter.split(TEXT), List.of(), null).withLanguage("ar");
        robot.interact(() -> reader.show(new Extraction(List.of(a), List.of(), List.of(), List.of(), List.of()), a, null));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> reader.textFlow().getHeight() > 0);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(reader.textFlow().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(reader.textFlow().getChildren().stream().map(n -> ((Text) n).getText()).collect(Collectors.joining()))
                .isEqualTo(TEXT);
        Bounds pane = reader.localToScene(reader.getLayoutBounds());
        for (Node n : reader.textFlow().getChildren()) {
            Bounds b = n.localToScene(n.getLayoutBounds());
            assertThat(b.getMinX()).as("left edge of '%s'", ((Text) n).getText()).isGreaterThanOrEqualTo(pane.getMinX() - 1);
            assertThat(b.getMaxX()).as("right edge of '%s'", ((Text) n).getText()).isLessThanOrEqualTo(pane.getMaxX() + 1);
        }
        // several lines, the first word at the right
        Text first = (Text) reader.textFlow().getChildren().get(0);
        Text last = (Text) reader.textFlow().getChildren().get(reader.textFlow().getChildren().size() - 1);
        Bounds f = first.localToScene(first.getLayoutBounds());
        Bounds l = last.localToScene(last.getLayoutBounds());
        assertThat(l.getMinY()).isGreaterThan(f.getMaxY());
        assertThat(f.getMaxX()).isGreaterThan(pane.getMinX() + pane.getWidth() / 2);
    }
}
