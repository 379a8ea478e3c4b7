package dev.pep734.tck.spec;

import java.util.List;

/**
 * One API generation an implementation may claim, read from {@code pep734/spec/<id>/profile.properties}.
 *
 * @param id e.g. {@code concurrent.interpreters-3.14}
 * @param title human title, e.g. {@code "concurrent.interpreters (Python 3.14)"}
 * @param modules the Python modules under test, e.g. {@code concurrent.interpreters}
 * @param directory class-path directory of the profile, e.g. {@code pep734/spec/concurrent.interpreters-3.14}
 */
public record Profile(String id, String title, List<String> modules, String directory) {

    public Profile {
        modules = List.copyOf(modules);
    }

    public String documentResource() {
        return directory + "/document.rst";
    }
}
