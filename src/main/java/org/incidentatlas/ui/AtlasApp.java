package org.incidentatlas.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop app. (Placeholder window until the map work lands.) */
public final class AtlasApp extends Application {
    public static void launchApp(String[] args) {
        Application.launch(AtlasApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Incident Atlas");
        stage.setScene(new Scene(new Label("Incident Atlas"), 800, 600));
        stage.show();
    }
}
