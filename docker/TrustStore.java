import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;

/**
 * Makes the trust store the image build uses: the JDK's own CA certificates when it has them (some
 * images link cacerts to a file they lack), plus every PEM file named. Run as a source file:
 * {@code java TrustStore.java OUT.p12 CERTS...}.
 */
class TrustStore {
    public static void main(String[] args) throws Exception {
        char[] password = "changeit".toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        Path jdk = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts");
        if (Files.isReadable(jdk)) {
            KeyStore own = KeyStore.getInstance(jdk.toFile(), password);
            for (String alias : java.util.Collections.list(own.aliases())) {
                store.setCertificateEntry(alias, own.getCertificate(alias));
            }
        }
        int added = 0;
        for (int i = 1; i < args.length; i++) {
            try (var in = new FileInputStream(args[i])) {
                for (var cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    store.setCertificateEntry("extra-" + added++, cert);
                }
            }
        }
        try (var out = new FileOutputStream(args[0])) {
            store.store(out, password);
        }
        System.out.println("trust store " + args[0] + ": " + store.size() + " certificates, " + added + " from PEM files");
    }
}
