package dev.pep734.tck.engine;

import dev.pep734.tck.spi.PythonImplementation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Finds implementations registered for {@link ServiceLoader} on the thread's class path. */
final class ImplementationLocator {

    private final List<PythonImplementation> found = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    ImplementationLocator(ClassLoader loader) {
        var iterator = ServiceLoader.load(PythonImplementation.class, loader).iterator();
        while (true) {
            try {
                if (!iterator.hasNext()) {
                    break;
                }
                found.add(iterator.next());
            } catch (ServiceConfigurationError e) {
                // One broken registration must not hide the others.
                problems.add(e.getMessage());
            }
        }
    }

    List<String> ids() {
        return found.stream().map(PythonImplementation::id).sorted().toList();
    }

    Optional<PythonImplementation> find(String id) {
        return found.stream().filter(p -> id.equals(p.id())).findFirst();
    }

    /**
     * The id to test: the configured one, else the only provider's. Empty with {@code problem} set when none
     * can be chosen.
     */
    Choice choose(Optional<String> configured) {
        if (configured.isPresent()) {
            String id = configured.get();
            return find(id).isPresent() ? new Choice(id, Optional.empty())
                    : new Choice(id, Optional.of("unknown implementation '" + id + "' (" + Constants.IMPLEMENTATION
                            + "); implementations found on the class path: " + listing()));
        }
        if (found.size() == 1) {
            return new Choice(found.get(0).id(), Optional.empty());
        }
        return new Choice("", Optional.of("no implementation chosen: set " + Constants.IMPLEMENTATION
                + " or @Pep734Tck(implementation = ...); implementations found on the class path: " + listing()));
    }

    private String listing() {
        String ids = ids().isEmpty() ? "none" : String.join(", ", ids());
        return problems.isEmpty() ? ids : ids + " (broken registrations: " + String.join("; ", problems) + ")";
    }

    /** The chosen id and, when it cannot be used, why. */
    record Choice(String id, Optional<String> problem) {
    }
}
