package org.incidentatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketPermission;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Permission;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.incidentatlas.cli.AtlasCommand;
import org.incidentatlas.ui.AtlasApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Zero network by default: {@code extract}, {@code snapshot} and the app's start open no socket and resolve no
 * host name. A security manager installed for the test only (Java 17 still honours it) sees every connect,
 * listen, accept and name lookup, through {@code java.net} and NIO alike, and records it.
 */
@Tag("ui")
@org.junit.jupiter.api.extension.ExtendWith(org.incidentatlas.ui.ToolkitThroughTestFx.class)
class NoNetworkTest {
    private static final List<String> ATTEMPTS = new CopyOnWriteArrayList<>();

    @TempDir
    Path tmp;

    private String home;

    /** Records socket permissions asked for; allows everything else (and the network too, so nothing else breaks). */
    private static final class NetworkWatch extends SecurityManager {
        @Override
        public void checkPermission(Permission p) {
            if (p instanceof SocketPermission) {
                ATTEMPTS.add(p.getName() + " " + p.getActions());
            }
        }

        @Override
        public void checkPermission(Permission p, Object context) {
            checkPermission(p);
        }
    }

    @BeforeEach
    @SuppressWarnings("removal")
    void watch() {
        home = System.getProperty("user.home");
        System.setProperty("user.home", tmp.resolve("home").toString()); // the app's settings and autosave go here
        ATTEMPTS.clear();
        System.setSecurityManager(new NetworkWatch());
    }

    @AfterEach
    @SuppressWarnings("removal")
    void unwatch() {
        System.setSecurityManager(null);
        System.setProperty("user.home", home);
    }

    @Test
    void theWatchSeesAConnectionAttempt() throws Exception {
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress("127.0.0.1", 9), 200);
        } catch (java.io.IOException expected) {
            // nothing listens; the attempt is what counts
        }
        assertThat(ATTEMPTS).isNotEmpty();
    }

    @Test
    void extractAndSnapshotOpenNoSocket() throws Exception {
        assertThat(AtlasCommand.run("extract", "geodata/corpus", "--out", tmp.resolve("x.json").toString())).isZero();
        assertThat(AtlasCommand.run("snapshot", "--out", tmp.resolve("m.png").toString(), "--width", "300", "--height",
                "200", "geodata/corpus")).isZero();
        assertThat(tmp.resolve("m.png")).exists();
        assertThat(ATTEMPTS).isEmpty();
    }

    @Test
    void theAppStartsAndLoadsTheSampleCorpusWithoutNetwork() throws Exception {
        javafx.application.Application app = org.testfx.api.FxToolkit.setupApplication(AtlasApp.class);
        Stage stage = org.testfx.api.FxToolkit.toolkitContext().getRegisteredStage();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> stage.getTitle() != null && stage.isShowing());
        Thread.sleep(8000); // loading, tiles and the first layout happen in the background
        WaitForAsyncUtils.waitForFxEvents();
        org.testfx.api.FxToolkit.cleanupApplication(app);
        assertThat(ATTEMPTS).isEmpty();
    }
}
