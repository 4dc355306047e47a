package id.kinerja.platform.jpa;

/** Domain data that belongs to one unit: the audit trail files its changes under that unit. */
public interface UnitScoped {

    Long unitIdUntukAudit();
}
