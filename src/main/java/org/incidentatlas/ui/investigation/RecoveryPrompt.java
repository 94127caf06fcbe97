package org.incidentatlas.ui.investigation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.incidentatlas.io.InvestigationRecovery;

/** Asks the analyst whether to recover autosaved work; answers {@code true} for "Recover" (on the FX thread). */
@FunctionalInterface
public interface RecoveryPrompt {
    ButtonType RECOVER = new ButtonType("Recover", ButtonBar.ButtonData.OK_DONE);
    ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.CANCEL_CLOSE);

    void ask(Window owner, InvestigationRecovery.Offer offer, Consumer<Boolean> answer);

    /** "Recover unsaved work from 14:32?" (with the day when it is not today); closing the dialog discards. */
    static String question(InvestigationRecovery.Offer offer, ZoneId zone, LocalDate today) {
        ZonedDateTime at = offer.written().atZone(zone);
        String when = at.toLocalDate().equals(today) ? at.format(DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT))
                : at.format(DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH));
        return "Recover unsaved work from " + when + "?";
    }

    /** A window-modal dialog (not waited for: the app keeps loading behind it). */
    static RecoveryPrompt dialog() {
        return (owner, offer, answer) -> {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", RECOVER, DISCARD);
            a.setTitle("Recover unsaved work");
            a.setHeaderText(question(offer, ZoneId.systemDefault(), LocalDate.now()));
            a.setContentText((offer.investigation() == null ? "Work not yet saved to a file"
                    : "Changes to " + offer.investigation().getFileName() + " made after it was last saved")
                    + " were kept in " + offer.recovery() + ".\n\nRecover puts them back on the screen (the saved file "
                    + "changes only when you save). Discard sets them aside as " + offer.recovery().getFileName()
                    + ".discarded.");
            a.getDialogPane().getStyleClass().add("recovery-offer");
            if (owner != null) {
                a.initOwner(owner);
            }
            a.setOnHidden(e -> answer.accept(a.getResult() == RECOVER));
            a.show();
        };
    }
}
