package id.kinerja.bukti;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.filesystem.FilesystemApiMetadata;

/**
 * A real S3-protocol server in this JVM: S3Proxy over jclouds' filesystem blob store in a
 * temporary directory, with SigV4 authentication, on a free loopback port.
 */
public final class S3ProxyUji implements AutoCloseable {

    public static final String ACCESS_KEY = "kinerja-uji";
    public static final String SECRET_KEY = "rahasia-uji-yang-panjang";

    private final Path direktori;
    private final BlobStoreContext context;
    private final S3Proxy proxy;

    private S3ProxyUji(Path direktori, BlobStoreContext context, S3Proxy proxy) {
        this.direktori = direktori;
        this.context = context;
        this.proxy = proxy;
    }

    public static S3ProxyUji mulai() throws Exception {
        Path dir = Files.createTempDirectory("kinerja-s3proxy");
        Properties props = new Properties();
        props.setProperty("jclouds.filesystem.basedir", dir.toString());
        BlobStoreContext context = ContextBuilder.newBuilder(new FilesystemApiMetadata())
                .credentials(ACCESS_KEY, SECRET_KEY).overrides(props).build(BlobStoreContext.class);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(context.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        proxy.start();
        long batas = System.nanoTime() + 10_000_000_000L;
        while (!"STARTED".equals(proxy.getState())) {
            if (System.nanoTime() > batas) {
                throw new IllegalStateException("S3Proxy tidak mulai: " + proxy.getState());
            }
            Thread.sleep(5);
        }
        return new S3ProxyUji(dir, context, proxy);
    }

    public String endpoint() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    /** Properties of our S3 client pointing at this server. */
    public BuktiProperties.S3 properties(String bucket) {
        BuktiProperties.S3 p = new BuktiProperties.S3();
        p.setEndpoint(endpoint());
        p.setBucket(bucket);
        p.setAccessKey(ACCESS_KEY);
        p.setSecretKey(SECRET_KEY);
        p.setPathStyle(true);
        p.setBuatBucket(true);
        return p;
    }

    /** A storage on a fresh bucket of this server. */
    public PenyimpananS3 penyimpanan(String bucket) {
        BuktiProperties.S3 p = properties(bucket);
        PenyimpananS3 s3 = new PenyimpananS3(BuktiKonfigurasi.s3Client(p), bucket, p.getPrefix());
        s3.pastikanBucket();
        return s3;
    }

    /** Objects stored under a bucket, as files on disk (jclouds filesystem layout). */
    public long jumlahObjek(String bucket) throws IOException {
        Path b = direktori.resolve(bucket);
        if (!Files.exists(b)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(b)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
        context.close();
        try (Stream<Path> s = Files.walk(direktori)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
