package org.incidentatlas.pipeline;

import java.nio.file.Path;
import org.incidentatlas.events.ActorLexicon;
import org.incidentatlas.gazetteer.UserPlaces;

/**
 * An analyst's own lexicons beside an investigation: the {@code places.tsv} and {@code actors.tsv} in the folder of
 * the investigation file are read after those of the settings folder, on the next run (the extractors look at the
 * files per article, so nothing else need be rebuilt). The CLI's {@code --investigation} and the app's Open and Save
 * call this; whoever runs the pipeline without an investigation gets the settings folder's only.
 */
public final class UserLexicons {
    private UserLexicons() {
    }

    /** Reads the user places and actors beside {@code investigationFile} from now on. */
    public static void besideInvestigation(Path investigationFile) {
        Path dir = investigationFile.toAbsolutePath().getParent();
        if (dir == null) {
            return;
        }
        System.setProperty(UserPlaces.FILE_PROPERTY, dir.resolve(UserPlaces.FILE_NAME).toString());
        System.setProperty(ActorLexicon.USER_LEXICON_PROPERTY, dir.resolve(ActorLexicon.USER_FILE_NAME).toString());
    }
}
