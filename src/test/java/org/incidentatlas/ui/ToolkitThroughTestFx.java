package org.incidentatlas.ui;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * Starts JavaFX through TestFX before a test class that draws without a window of its own (snapshots, views built
 * by hand, the app started by TestFX): TestFX must be the one to start JavaFX in a test JVM, because if the
 * renderer's own start came first, the robot of later window tests could not deliver clicks. Use it as
 * {@code @ExtendWith(ToolkitThroughTestFx.class)}; window tests use TestFX's {@code ApplicationExtension} instead.
 */
public final class ToolkitThroughTestFx implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }
}
