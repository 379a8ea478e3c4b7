package dev.pep734.tck.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading pep734.tck.modules; what the mapping does in Python is checked on CPython by ProcessImplementationTest. */
class ModuleAliasesTest {

    @Test
    void pairsAreReadInOrderWithSpacesAroundThem() {
        ModuleAliases aliases = ModuleAliases.parse(" interpreters = test.support.interpreters ,_interpreters=_xxsub,");
        assertEquals(Map.of("interpreters", "test.support.interpreters", "_interpreters", "_xxsub"), aliases.aliases());
        assertEquals("interpreters=test.support.interpreters,_interpreters=_xxsub", aliases.toString());
        assertTrue(aliases.pythonSource().contains(
                "ALIASES = {'interpreters': 'test.support.interpreters', '_interpreters': '_xxsub', }"));
    }

    @Test
    void nothingConfiguredIsNoAliases() {
        assertTrue(ModuleAliases.of(new ImplementationContext(Map.of(), java.nio.file.Path.of("."))).isEmpty());
        assertTrue(ModuleAliases.parse(" , ").isEmpty());
    }

    @Test
    void badPairsAreNamed() {
        assertMessage("interpreters", "pep734.tck.modules: 'interpreters' is not alias=target");
        assertMessage("a=b c", "pep734.tck.modules: 'a=b c' is not alias=target");
        assertMessage("a='x'", "pep734.tck.modules: 'a='x'' is not alias=target");
        assertMessage("a=a", "pep734.tck.modules: 'a=a' maps a module to itself");
        assertMessage("a=b,a=c", "pep734.tck.modules: the alias 'a' is given twice");
        assertMessage("a=b,a.c=d", "pep734.tck.modules: 'a.c' lies inside the alias 'a'");
        assertThrows(IllegalArgumentException.class, () -> new ModuleAliases(Map.of("a", "b'); import os; ('")));
    }

    private static void assertMessage(String text, String start) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModuleAliases.parse(text));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }
}
