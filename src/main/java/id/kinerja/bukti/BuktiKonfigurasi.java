package id.kinerja.bukti;

import java.net.URI;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.StringUtils;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The PostgreSQL storage always exists (files stored there stay readable after a switch); the S3
 * client and storage only with {@code kinerja.bukti.penyimpanan=s3}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BuktiProperties.class)
class BuktiKonfigurasi {

    @Bean
    PenyimpananPostgres penyimpananPostgres(JdbcTemplate jdbc) {
        return new PenyimpananPostgres(jdbc);
    }

    @Bean
    @ConditionalOnProperty(prefix = "kinerja.bukti", name = "penyimpanan", havingValue = "s3")
    PenyimpananS3 penyimpananS3(BuktiProperties properties) {
        BuktiProperties.S3 p = properties.getS3();
        if (!StringUtils.hasText(p.getBucket())) {
            throw new IllegalStateException("kinerja.bukti.s3.bucket wajib diisi untuk penyimpanan s3");
        }
        PenyimpananS3 s3 = new PenyimpananS3(s3Client(p), p.getBucket(), p.getPrefix());
        if (p.isBuatBucket()) {
            s3.pastikanBucket();
        }
        return s3;
    }

    /** An S3 client for any S3-compatible store (also used by the tests and the benchmark). */
    static S3Client s3Client(BuktiProperties.S3 p) {
        S3ClientBuilder b = S3Client.builder()
                .region(Region.of(p.getRegion()))
                .forcePathStyle(p.isPathStyle())
                // S3-compatible stores do not all accept the SDK's newer default trailing checksums;
                // integrity is the SHA-256 we compute and keep ourselves
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (StringUtils.hasText(p.getEndpoint())) {
            b.endpointOverride(URI.create(p.getEndpoint()));
        }
        if (StringUtils.hasText(p.getAccessKey())) {
            b.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(p.getAccessKey(), p.getSecretKey())));
        } else {
            b.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return b.build();
    }
}
