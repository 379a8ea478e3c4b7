package dev.pep734.tck.certificate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Reads and writes {@code certificate.json} and {@code certificate.html}. */
public final class CertificateFiles {

    public static final String JSON = "certificate.json";
    public static final String HTML = "certificate.html";

    private CertificateFiles() {
    }

    /**
     * Writes both files into {@code directory}.
     *
     * @param specBase see {@link CertificateHtml#render}
     * @return the JSON file
     */
    public static Path write(Path directory, Certificate certificate, String specBase) throws IOException {
        Files.createDirectories(directory);
        Map<String, Object> json = certificate.toJson();
        Path file = directory.resolve(JSON);
        Files.writeString(file, CanonicalJson.pretty(json), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(HTML),
                CertificateHtml.render(certificate, (String) json.get("digest"), specBase), StandardCharsets.UTF_8);
        return file;
    }

    /** The parsed JSON of a certificate file, exactly as stored. */
    public static Map<String, Object> readJson(Path file) throws IOException {
        return Fields.asObject(CanonicalJson.parse(Files.readString(file, StandardCharsets.UTF_8)));
    }

    /** The certificate in a file (its stored fields; see {@link Certificate#fromJson}). */
    public static Certificate read(Path file) throws IOException {
        return Certificate.fromJson(readJson(file));
    }
}
