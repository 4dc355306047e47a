/** Print read models of realisations (Tabel 6, Matriks Realisasi Renaksi): reused by LKj attachments. */
@NamedInterface("cetak")
package id.kinerja.realisasi.cetak;

import org.springframework.modulith.NamedInterface;
