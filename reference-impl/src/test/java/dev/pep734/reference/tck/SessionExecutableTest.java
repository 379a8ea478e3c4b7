package dev.pep734.reference.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SessionExecutableTest {

    @Test
    void carriesJvmAndGraalPyOptionsButNotAgentsOrAnEarlierExecutable() {
        String script = SessionExecutable.script("/jdk", "/a b/x.jar:/y.jar", List.of(
                "-XX:TieredStopAtLevel=1", "-Dpolyglot.engine.userResourceCache=/t/cache", "-Xmx2g",
                "-javaagent:/agent.jar", "-agentlib:jdwp=transport=dt_socket",
                "-Dpolyglot.python.Executable=/old/python3", "-Dpep734.launcher.program=/old/python3"));
        String exec = script.lines().filter(l -> l.startsWith("exec ")).findFirst().orElseThrow();
        assertTrue(exec.startsWith("exec '/jdk/bin/java' '-XX:TieredStopAtLevel=1' "
                + "'-Dpolyglot.engine.userResourceCache=/t/cache' '-Xmx2g' "), exec);
        assertTrue(exec.endsWith(" \"-Dpep734.launcher.program=$0\" -cp '/a b/x.jar:/y.jar' "
                + "dev.pep734.reference.launcher.Main \"$@\""), exec);
        assertFalse(exec.contains("agent"), exec);
        assertFalse(exec.contains("/old/python3"), exec);
        assertTrue(script.startsWith("#!/bin/sh\n"));
    }

    @Test
    void quotesForTheShell() {
        assertEquals("'it'\\''s'", SessionExecutable.quoted("it's"));
        assertEquals("'$HOME `x`'", SessionExecutable.quoted("$HOME `x`"));
    }
}
