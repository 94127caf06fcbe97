package org.incidentatlas.ui.table;

import java.util.function.Consumer;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.incidentatlas.model.Article;

/** The articles with how many shown incidents each reports; a double-click opens one in the reader. */
public final class ArticleListView extends ListView<ArticleListViewModel.Row> {
    public ArticleListView(ArticleListViewModel vm, Consumer<Article> open) {
        super(vm.rows());
        getStyleClass().add("article-list");
        setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ArticleListViewModel.Row r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.label());
                getStyleClass().remove("empty");
                if (r != null && r.shown() == 0) {
                    getStyleClass().add("empty");
                }
            }
        });
        setOnMouseClicked(e -> {
            var r = getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && r != null) {
                open.accept(r.article());
            }
        });
    }
}
