package org.incidentatlas.ui;

import java.util.ArrayDeque;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs steps on the FX thread one frame apart: each after the scene's next layout pass, outside the pulse, so the
 * styling and layout a step causes is a frame of its own and whatever else waits on the FX thread (a load's results,
 * input) runs between steps. The app's launch puts its secondary panes in this way (issue 12).
 */
final class FrameSteps {
    private FrameSteps() {
    }

    /**
     * Runs {@code inPulse} right after the scene's next layout pass, inside that pulse (it must not change the scene:
     * a mark, a time), then {@code after} outside it; call on the FX thread.
     */
    static void afterLayout(Scene scene, Runnable inPulse, Runnable after) {
        boolean[] ran = {false};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (ran[0]) {
                return;
            }
            ran[0] = true;
            inPulse.run();
            Platform.runLater(() -> {
                scene.removePostLayoutPulseListener(listener[0]); // here, not inside the pulse's loop
                after.run();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /** Starts running {@code steps} in order, the first after the next layout pass; call on the FX thread. */
    static void run(Scene scene, List<Runnable> steps) {
        ArrayDeque<Runnable> left = new ArrayDeque<>(steps);
        if (left.isEmpty()) {
            return;
        }
        boolean[] posted = {false};
        Runnable[] afterLayout = new Runnable[1];
        afterLayout[0] = () -> {
            if (posted[0]) {
                return;
            }
            posted[0] = true;
            Platform.runLater(() -> {
                posted[0] = false;
                Runnable next = left.poll();
                if (left.isEmpty()) {
                    scene.removePostLayoutPulseListener(afterLayout[0]); // here, not inside the pulse's loop
                } else {
                    Platform.requestNextPulse();
                }
                next.run();
            });
        };
        scene.addPostLayoutPulseListener(afterLayout[0]);
        Platform.requestNextPulse();
    }
}
