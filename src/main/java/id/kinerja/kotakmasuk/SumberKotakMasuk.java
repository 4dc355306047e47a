package id.kinerja.kotakmasuk;

import java.util.List;

/**
 * A module's contribution to the signed-in user's inbox (values to validate, periods to lock,
 * dialogs due, reminders…). Implementations must be cheap — the count shows on every page — and
 * return only what lies within the current user's reach (AksesService).
 */
public interface SumberKotakMasuk {

    List<ButirKotakMasuk> butirUntukPenggunaSaatIni();
}
