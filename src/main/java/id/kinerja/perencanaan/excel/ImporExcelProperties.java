package id.kinerja.perencanaan.excel;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kinerja.excel.impor.*} (docs/operations.md): the PK workbook reader's limits.
 *
 * @param maksTerurai ceiling on the zip's declared uncompressed size
 * @param maksKolom columns read per row (the in-memory holder, HSSF, has 256)
 * @param serentak imports parsing at once on this instance
 */
@Validated
@ConfigurationProperties("kinerja.excel.impor")
record ImporExcelProperties(
        @DefaultValue("30MB") @NotNull DataSize maksTerurai,
        @DefaultValue("100") @Min(1) @Max(256) int maksKolom,
        @DefaultValue("2") @Min(1) @Max(64) int serentak) {
}
