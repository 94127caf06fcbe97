package org.incidentatlas.io;

import java.net.URI;
import java.util.Locale;

/**
 * Which source URLs an export may carry as links: only absolute http and https ones. A manifest's
 * {@code javascript:}, {@code file:} or {@code data:} URL would run or open something in a viewer's balloon.
 */
public final class Links {
    private Links() {
    }

    /** The URL when it is an absolute http(s) URL with a host, else null. */
    public static String webOnly(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return u;
            }
        } catch (java.net.URISyntaxException e) {
            return null;
        }
        return null;
    }
}
