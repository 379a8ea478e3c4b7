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
 * or, for a real CPython release the kit knows (see {@link Constants#RELEASE}):
 *
 * <pre>{@code
 * @Pep734Tck(release = "cpython-3.12.1")
 * class CPython312Tck {
 * }
 * }</pre>
 *
 * The configuration keys {@link Constants#IMPLEMENTATION} and {@link Constants#RELEASE} override the annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Pep734Tck {

    /** The id of the implementation to test; empty to take it from configuration. */
    String implementation() default "";

    /**
     * A release of the kit's release table to run as ground truth; empty for none. Ignored when
     * {@link Constants#PYTHON} names another Python: then that Python is tested.
     */
    String release() default "";
}
