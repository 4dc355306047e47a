package id.kinerja.bukti;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code kinerja.bukti.*}: limits of evidence and where files are kept. Raise
 * {@code spring.servlet.multipart.max-file-size}/{@code max-request-size} with
 * {@code maks-ukuran}, a little above it, so the own field message answers instead of the
 * container.
 */
@ConfigurationProperties("kinerja.bukti")
public class BuktiProperties {

    /** {@code postgres} (default) or {@code s3}: where new files go. */
    private String penyimpanan = "postgres";
    /** Largest file accepted. */
    private DataSize maksUkuran = DataSize.ofMegabytes(20);
    /** Most files and links one owner record may carry. */
    private int maksPerPemilik = 20;
    /** Longest link address. */
    private int maksPanjangTautan = 2000;
    /** Content types accepted, as sniffed from the bytes (Apache Tika names). */
    private List<String> jenisDiizinkan = new ArrayList<>(List.of(
            "application/pdf",
            "image/png", "image/jpeg", "image/gif", "image/webp", "image/tiff",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation",
            "application/zip"));
    private final S3 s3 = new S3();

    public String getPenyimpanan() {
        return penyimpanan;
    }

    public void setPenyimpanan(String penyimpanan) {
        this.penyimpanan = penyimpanan;
    }

    public DataSize getMaksUkuran() {
        return maksUkuran;
    }

    public void setMaksUkuran(DataSize maksUkuran) {
        this.maksUkuran = maksUkuran;
    }

    public int getMaksPerPemilik() {
        return maksPerPemilik;
    }

    public void setMaksPerPemilik(int maksPerPemilik) {
        this.maksPerPemilik = maksPerPemilik;
    }

    public int getMaksPanjangTautan() {
        return maksPanjangTautan;
    }

    public void setMaksPanjangTautan(int maksPanjangTautan) {
        this.maksPanjangTautan = maksPanjangTautan;
    }

    public List<String> getJenisDiizinkan() {
        return jenisDiizinkan;
    }

    public void setJenisDiizinkan(List<String> jenisDiizinkan) {
        this.jenisDiizinkan = jenisDiizinkan;
    }

    public S3 getS3() {
        return s3;
    }

    /** The object store, used when {@code penyimpanan=s3}. */
    public static class S3 {

        /** e.g. {@code https://minio.example:9000}; empty = AWS's own endpoint for the region. */
        private String endpoint;
        private String bucket;
        private String region = "us-east-1";
        /** Empty = the SDK's default chain (environment, profile, instance role). */
        private String accessKey;
        private String secretKey;
        /** {@code host/bucket/key} addressing (MinIO, Ceph and most on-premise stores need it). */
        private boolean pathStyle = true;
        /** Prefix of every object key. */
        private String prefix = "bukti/";
        /** Create the bucket at start-up when it is missing. */
        private boolean buatBucket = false;

        public String getEndpoint() {
            return endpoint;
        }

        public void setEndpoint(String endpoint) {
            this.endpoint = endpoint;
        }

        public String getBucket() {
            return bucket;
        }

        public void setBucket(String bucket) {
            this.bucket = bucket;
        }

        public String getRegion() {
            return region;
        }

        public void setRegion(String region) {
            this.region = region;
        }

        public String getAccessKey() {
            return accessKey;
        }

        public void setAccessKey(String accessKey) {
            this.accessKey = accessKey;
        }

        public String getSecretKey() {
            return secretKey;
        }

        public void setSecretKey(String secretKey) {
            this.secretKey = secretKey;
        }

        public boolean isPathStyle() {
            return pathStyle;
        }

        public void setPathStyle(boolean pathStyle) {
            this.pathStyle = pathStyle;
        }

        public String getPrefix() {
            return prefix;
        }

        public void setPrefix(String prefix) {
            this.prefix = prefix;
        }

        public boolean isBuatBucket() {
            return buatBucket;
        }

        public void setBuatBucket(boolean buatBucket) {
            this.buatBucket = buatBucket;
        }
    }
}
