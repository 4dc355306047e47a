package id.kinerja.laporan;

/** draft → submitted → signed by the head (frozen); a submitted report may be returned to draft. */
public enum StatusLkj {
    DRAF, DIAJUKAN, DITANDATANGANI
}
