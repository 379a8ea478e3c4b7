package dev.pep734.tck.spec;

/**
 * An erratum's target split into the clause anchor and the test segment after it:
 * {@code api:Interpreter.exec/check:signature} is clause {@code api:Interpreter.exec}, segment
 * {@code check:signature}. The segment starts at the first {@code /} followed by {@code word:}, so an example
 * anchor such as {@code example:basic-usage/1} stays whole.
 *
 * @param clause the anchor of the clause
 * @param segment the test segment, or "" when the erratum targets the whole clause
 */
public record ErratumTarget(String clause, String segment) {

    public static ErratumTarget parse(String target) {
        for (int slash = target.indexOf('/'); slash >= 0; slash = target.indexOf('/', slash + 1)) {
            int k = slash + 1;
            while (k < target.length() && (Character.isLetter(target.charAt(k)) || target.charAt(k) == '-')) {
                k++;
            }
            if (k > slash + 1 && k < target.length() && target.charAt(k) == ':') {
                return new ErratumTarget(target.substring(0, slash), target.substring(slash + 1));
            }
        }
        return new ErratumTarget(target, "");
    }
}
