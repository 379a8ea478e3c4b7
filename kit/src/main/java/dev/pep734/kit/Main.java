package dev.pep734.kit;

import dev.pep734.tck.certificate.Verify;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * The standalone kit's command ({@code java -jar pep734-tck.jar}): certifies a {@code python} executable, or
 * verifies certificates ({@code verify FILE...}). Exit status: 0 conformant (or every certificate valid), 1 not
 * conformant (or a certificate invalid), 2 a usage error.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command and returns its exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("verify")) {
            return Verify.run(Arrays.copyOfRange(args, 1, args.length));
        }
        KitOptions options;
        try {
            options = KitOptions.parse(args);
        } catch (KitOptions.UsageException e) {
            err.println("pep734-tck: " + e.getMessage());
            err.println("usage: java -jar pep734-tck.jar --python PATH [options]   (--help lists the options)");
            return KitRun.USAGE_ERROR;
        }
        if (options.help()) {
            out.println(KitOptions.USAGE);
            return KitRun.CONFORMANT;
        }
        return new KitRun(options, out).run();
    }
}
