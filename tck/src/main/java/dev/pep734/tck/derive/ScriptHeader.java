package dev.pep734.tck.derive;

import dev.pep734.tck.spec.Clause;
import dev.pep734.tck.spec.Erratum;
import dev.pep734.tck.spec.Profile;
import java.util.Optional;

/** The comment block that opens every derived script, so a person who runs it knows what it is. */
final class ScriptHeader {

    private ScriptHeader() {
    }

    static String of(String displayName, String segment, Profile profile, Clause clause, String declared,
                     Optional<Erratum> erratum) {
        StringBuilder text = new StringBuilder()
                .append(displayName).append('\n')
                .append("Derived by the PEP 734 TCK (").append(segment).append(") from profile ").append(profile.id())
                .append(",\nclause ").append(clause.anchor()).append(" at ").append(clause.location()).append('\n');
        if (!declared.isBlank()) {
            text.append("The document declares: ").append(declared).append('\n');
        }
        erratum.ifPresent(e -> text.append("Erratum ").append(e.id()).append(" applies: ").append(e.instead())
                .append("\n  reason: ").append(e.reason()).append('\n'));
        text.append("Reproduce with any Python: python THIS_FILE. It ends normally (exit status 0) when the check holds.\n");
        return PythonText.comment(text.toString());
    }
}
