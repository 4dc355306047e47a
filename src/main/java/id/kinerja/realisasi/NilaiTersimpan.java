package id.kinerja.realisasi;

/**
 * A saved value as the score reads it: the value and the validator's verdict, nothing else (the
 * batch path builds half a million of these per ministry, so no entity, no audit columns).
 */
record NilaiTersimpan(NilaiMasukan nilai, StatusValidasi statusValidasi) {

    static NilaiTersimpan dari(Realisasi r) {
        return new NilaiTersimpan(new NilaiMasukan(r.getJenisNilai(), r.getNilai(), r.getPembilang(), r.getPenyebut(),
                r.getLabel(), r.getAlasan()), r.getStatusValidasi());
    }
}
