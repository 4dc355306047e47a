package id.kinerja.perencanaan.web;

import id.kinerja.platform.web.Rupiah;
import java.math.BigDecimal;
import java.util.List;

/** One PK budget line (Lampiran I); the amount is read as Rupiah (Rp 75.000.000, cents kept). */
public class AnggaranForm {
    private String program;
    private String kegiatan;
    private String rincianOutput;
    @Rupiah
    private BigDecimal anggaran;

    static final List<String> FIELDS = List.of("program", "kegiatan", "rincianOutput",
            "anggaran");

    public String getProgram() {
        return program;
    }

    public void setProgram(String program) {
        this.program = program;
    }

    public String getKegiatan() {
        return kegiatan;
    }

    public void setKegiatan(String kegiatan) {
        this.kegiatan = kegiatan;
    }

    public String getRincianOutput() {
        return rincianOutput;
    }

    public void setRincianOutput(String rincianOutput) {
        this.rincianOutput = rincianOutput;
    }

    public BigDecimal getAnggaran() {
        return anggaran;
    }

    public void setAnggaran(BigDecimal anggaran) {
        this.anggaran = anggaran;
    }
}
