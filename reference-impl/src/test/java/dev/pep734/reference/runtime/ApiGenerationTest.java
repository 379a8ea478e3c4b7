package dev.pep734.reference.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which generation a profile means, and which modules each generation's finder serves (no GraalPy needed). */
class ApiGenerationTest {

    @Test
    void profilesNameGenerations() {
        assertEquals(Optional.of(ApiGeneration.PEP734), ApiGeneration.forProfile(""));
        assertEquals(Optional.of(ApiGeneration.PEP734), ApiGeneration.forProfile("concurrent.interpreters-3.14"));
        assertEquals(Optional.of(ApiGeneration.PEP734), ApiGeneration.forProfile("concurrent.interpreters-3.14.3"));
        assertEquals(Optional.of(ApiGeneration.DRAFT), ApiGeneration.forProfile("howto"));
        assertEquals(Optional.of(ApiGeneration.DRAFT), ApiGeneration.forProfile("interpreters-draft"));
        assertEquals(Optional.of(ApiGeneration.SUPPORT_39), ApiGeneration.forProfile("test.support.interpreters-3.9"));
        assertEquals(Optional.of(ApiGeneration.LOWLEVEL), ApiGeneration.forProfile("_interpreters-lowlevel"));
        assertEquals(Optional.empty(), ApiGeneration.forProfile("interpreters-1999"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ApiGeneration.parse("x"));
        assertTrue(e.getMessage().startsWith("unknown API generation 'x': expected one of [concurrent.interpreters-3.14,"),
                e.getMessage());
    }

    @Test
    void eachGenerationServesItsOwnModules() {
        assertEquals(Optional.empty(), ModuleSources.kind(ApiGeneration.PEP734, "interpreters"));
        assertEquals(Optional.of("package"), ModuleSources.kind(ApiGeneration.DRAFT, "interpreters"));
        assertEquals(Optional.of("module"), ModuleSources.kind(ApiGeneration.DRAFT, "interpreters.channels"));
        assertEquals(Optional.of("module"), ModuleSources.kind(ApiGeneration.SUPPORT_39, "test.support.interpreters"));
        assertEquals(Optional.empty(), ModuleSources.kind(ApiGeneration.DRAFT, "test.support.interpreters"));
        assertEquals(Optional.empty(), ModuleSources.kind(ApiGeneration.LOWLEVEL, "concurrent.interpreters"));
        for (ApiGeneration g : ApiGeneration.values()) {
            assertEquals(Optional.of("module"), ModuleSources.kind(g, "_interpchannels"), g.name());
        }
        String lowLevel = ModuleSources.source(ApiGeneration.LOWLEVEL, "_interpreters").orElseThrow();
        String modern = ModuleSources.source(ApiGeneration.DRAFT, "_interpreters").orElseThrow();
        assertNotEquals(lowLevel, modern);
        assertTrue(lowLevel.contains("def run_string_unrestricted("));
        assertEquals(modern, ModuleSources.source(ApiGeneration.PEP734, "_interpreters").orElseThrow());
    }
}
