package dev.pep734.tck.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose selection (e.g. by Surefire, which only sends class selectors) runs the whole TCK
 * against one implementation. The class needs no body:
 *
 * <pre>{@code
 * @Pep734Tck(implementation = "cpython")
 * class CPythonTck {
 * }
 * }</pre>
 *
 * The configuration key {@link Constants#IMPLEMENTATION} overrides {@link #implementation()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Pep734Tck {

    /** The id of the implementation to test; empty to take it from configuration. */
    String implementation() default "";
}
