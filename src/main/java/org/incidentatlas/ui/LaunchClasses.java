package org.incidentatlas.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the classes the FX thread needs from toolkit start to the drawn launch corpus ({@code launch-classes.txt}),
 * on a background thread while the toolkit starts, so the FX thread finds them loaded instead of reading, inflating
 * and defining some 1,900 classes out of the jar itself (issue 12: launch to drawn corpus). Classes are loaded, not
 * initialised: no static initialiser, hence no JavaFX code, runs here, and this is safe before the toolkit exists.
 */
public final class LaunchClasses {
    static final String LIST = "launch-classes.txt";

    private LaunchClasses() {
    }

    /** Starts loading the listed classes on a daemon thread; returns at once. */
    static void startLoading() {
        if ("false".equals(System.getProperty("incidentatlas.launch.preloadClasses"))) {
            return; // for measuring the launch without it
        }
        Thread t = new Thread(() -> {
            warmStringConcat();
            warmStylesheetParser();
            load(names());
        }, "launch-classes");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Argument shapes of string concatenations (D double, I int, J long, Z boolean, S String, L another object) that
     * JavaFX and Gluon Maps, compiled with {@code invokedynamic} concatenation, link on the FX thread before the first
     * frame (Gluon's map builds debug messages of doubles and longs whether or not they are logged).
     */
    static final String CONCAT_SHAPES = "I J Z D S L II IJ IS SI SS SL LS DD DDD DDDD DDDDD IJJ IDDJJJJ LZ LZI LZS JS ZS"
            + " SIS SSS";

    /**
     * Links and runs one string concatenation of each of {@link #CONCAT_SHAPES} through
     * {@code StringConcatFactory}, so that the method handle forms they share are generated here and cached; the FX
     * thread's own concatenations then link from that cache. Cold, linking ten of Gluon's shapes took about 100 ms
     * of CPU under C1, after this about 4 ms. Returns the number of shapes linked.
     */
    static int warmStringConcat() {
        if ("false".equals(System.getProperty("incidentatlas.launch.warmConcat"))) {
            return 0; // for measuring the launch without it
        }
        java.lang.invoke.MethodHandles.Lookup lookup = java.lang.invoke.MethodHandles.lookup();
        int n = 0;
        for (String shape : CONCAT_SHAPES.split(" ")) {
            Class<?>[] types = new Class<?>[shape.length()];
            Object[] values = new Object[shape.length()];
            StringBuilder recipe = new StringBuilder("launch ");
            for (int i = 0; i < shape.length(); i++) {
                char c = shape.charAt(i);
                types[i] = c == 'D' ? double.class : c == 'I' ? int.class : c == 'J' ? long.class
                        : c == 'Z' ? boolean.class : c == 'S' ? String.class : Object.class;
                values[i] = c == 'D' ? (Object) 0.5 : c == 'I' ? (Object) 1 : c == 'J' ? (Object) 2L
                        : c == 'Z' ? (Object) Boolean.TRUE : c == 'S' ? "s" : (Object) List.of();
                recipe.append('\u0001').append(", ");
            }
            try {
                java.lang.invoke.CallSite site = java.lang.invoke.StringConcatFactory.makeConcatWithConstants(lookup,
                        "concat", java.lang.invoke.MethodType.methodType(String.class, types), recipe.toString());
                if (site.dynamicInvoker().invokeWithArguments(values) instanceof String) {
                    n++;
                }
            } catch (Throwable e) { // invokeWithArguments throws Throwable; only a head start
                if (e instanceof Error && !(e instanceof LinkageError)) {
                    throw (Error) e;
                }
            }
        }
        return n;
    }

    /** JavaFX's default user-agent stylesheet in its binary form, as the first control's static initialiser reads it. */
    static final String MODENA = "com/sun/javafx/scene/control/skin/modena/modena.bss";

    /**
     * Reads JavaFX's default stylesheet (modena, binary) once and throws it away, so that the code that parses it is
     * loaded, linked and compiled before the FX thread parses it for real in the first control's static initialiser
     * (cold, that parse was about 8 % of the FX thread's work to the first frame; warm it takes a fraction).
     * Only {@code javafx.css} parsing runs here: no node, no style manager, no toolkit (the style manager cannot be
     * handed the result: loading through it initialises {@code Node}, hence the toolkit, on this thread). Returns the
     * number of rules read, 0 when the stylesheet is missing or unreadable (the FX thread then does as before).
     */
    static int warmStylesheetParser() {
        if ("false".equals(System.getProperty("incidentatlas.launch.warmStylesheet"))) {
            return 0; // for measuring the launch without it
        }
        java.net.URL url = javafx.css.Stylesheet.class.getClassLoader().getResource(MODENA);
        if (url == null) {
            return 0;
        }
        try {
            javafx.css.Stylesheet sheet = javafx.css.Stylesheet.loadBinary(url);
            if (sheet == null) {
                return 0;
            }
            int n = 0;
            for (javafx.css.Rule rule : sheet.getRules()) {
                // the style manager reads each rule's selectors and then its declarations (parsed lazily)
                n += rule.getSelectors().isEmpty() || rule.getDeclarations().isEmpty() ? 0 : 1;
            }
            return n;
        } catch (IOException | RuntimeException | LinkageError e) {
            return 0; // only a head start
        }
    }

    /** The class names of the list, in its order (comments and blank lines skipped); empty if it is missing. */
    static List<String> names() {
        List<String> names = new ArrayList<>();
        InputStream in = LaunchClasses.class.getResourceAsStream(LIST);
        if (in == null) {
            return names;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String n = line.strip();
                if (!n.isEmpty() && !n.startsWith("#")) {
                    names.add(n);
                }
            }
        } catch (IOException e) {
            return names; // only a head start: the FX thread loads whatever is missing itself
        }
        return names;
    }

    /** Loads each class without initialising it; returns how many were found (a name no longer there is skipped). */
    static int load(List<String> names) {
        ClassLoader loader = LaunchClasses.class.getClassLoader();
        int found = 0;
        for (String n : names) {
            try {
                Class.forName(n, false, loader);
                found++;
            } catch (ClassNotFoundException | LinkageError e) {
                // renamed or gone since the list was made; the FX thread loads what it needs anyway
            }
        }
        return found;
    }
}
