package id.kinerja.audit;

import id.kinerja.platform.jpa.EntitasDasar;
import id.kinerja.platform.jpa.AuditIgnore;
import id.kinerja.platform.jpa.UnitScoped;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Records every insert, update and delete of a domain entity, generically: no feature can forget
 * to audit a change. Updates record only the properties that changed, before and after.
 */
class HibernateAuditListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private static final Set<String> SKIP = Set.of("version", "dibuatPada", "diubahPada");
    private static final Map<String, Boolean> IGNORED = new ConcurrentHashMap<>();
    private static final Map<String, java.util.Optional<Class<?>>> GABUNGAN = new ConcurrentHashMap<>();

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (!audited(event.getEntity())) {
            return;
        }
        Map<String, Object> sesudah = snapshot(event.getPersister(), event.getEntity(), event.getState(), null);
        tulis(event.getSession(), AuditAksi.BUAT, event.getEntity(), event.getId(), null, sesudah);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (!audited(event.getEntity()) || event.getDirtyProperties() == null) {
            return;
        }
        Map<String, Object> sebelum = new LinkedHashMap<>();
        Map<String, Object> sesudah = new LinkedHashMap<>();
        String[] names = event.getPersister().getPropertyNames();
        Class<?> type = event.getEntity().getClass();
        for (int i : event.getDirtyProperties()) {
            String name = names[i];
            if (SKIP.contains(name)) {
                continue;
            }
            if (ignored(type, name)) {
                // say that it changed, never what it was
                sesudah.put(name, "(diubah)");
                continue;
            }
            Object lama = event.getOldState() == null ? null : event.getOldState()[i];
            Object baru = event.getState()[i];
            if (nilaiGabungan(type, name, lama, baru)) {
                // a value object (e.g. an IKU's target): its changed parts, under their own names
                Map<String, Object> a = bagian(type, name, lama);
                Map<String, Object> b = bagian(type, name, baru);
                for (Map.Entry<String, Object> e : b.entrySet()) {
                    if (!sama(a.get(e.getKey()), e.getValue())) {
                        sebelum.put(e.getKey(), value(a.get(e.getKey())));
                        sesudah.put(e.getKey(), value(e.getValue()));
                    }
                }
                continue;
            }
            sebelum.put(name, value(lama));
            sesudah.put(name, value(baru));
        }
        if (!sesudah.isEmpty()) {
            tulis(event.getSession(), AuditAksi.UBAH, event.getEntity(), event.getId(), sebelum, sesudah);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (!audited(event.getEntity())) {
            return;
        }
        Map<String, Object> sebelum = snapshot(event.getPersister(), event.getEntity(), event.getDeletedState(), null);
        tulis(event.getSession(), AuditAksi.HAPUS, event.getEntity(), event.getId(), sebelum, null);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static boolean audited(Object entity) {
        return entity instanceof EntitasDasar;
    }

    private static void tulis(SharedSessionContractImplementor session, AuditAksi aksi, Object entity, Object id,
            Map<String, Object> sebelum, Map<String, Object> sesudah) {
        Long unitId = entity instanceof UnitScoped scoped ? scoped.unitIdUntukAudit() : null;
        if (AuditService.tampung(new AuditService.Entri(aksi, entity.getClass().getSimpleName(), id, unitId, sebelum,
                sesudah, null))) {
            return; // a bulk write (AuditService.sekaligus) writes them all in one statement
        }
        Connection connection = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
        AuditWriter.tulis(connection, aksi, entity.getClass().getSimpleName(), id, unitId, sebelum, sesudah, null);
    }

    private static Map<String, Object> snapshot(EntityPersister persister, Object entity, Object[] state,
            Map<String, Object> into) {
        Map<String, Object> map = into == null ? new LinkedHashMap<>() : into;
        if (state == null) {
            return map;
        }
        String[] names = persister.getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            if (SKIP.contains(names[i]) || ignored(entity.getClass(), names[i])) {
                continue;
            }
            if (nilaiGabungan(entity.getClass(), names[i], state[i], null)) {
                bagian(entity.getClass(), names[i], state[i]).forEach((k, v) -> map.put(k, value(v)));
                continue;
            }
            map.put(names[i], value(state[i]));
        }
        return map;
    }

    /** True for an embedded record (a value object mapped to its owner's columns). */
    private static boolean nilaiGabungan(Class<?> type, String property, Object a, Object b) {
        return jenisRecord(type, property) != null;
    }

    private static Class<?> jenisRecord(Class<?> type, String property) {
        return GABUNGAN.computeIfAbsent(type.getName() + "#" + property,
                k -> java.util.Optional.ofNullable(cariRecord(type, property))).orElse(null);
    }

    private static Class<?> cariRecord(Class<?> type, String property) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(property);
                return f.getType().isRecord() && f.isAnnotationPresent(jakarta.persistence.Embedded.class)
                        ? f.getType() : null;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }

    /** The parts of an embedded record by name; all null for an absent one (its columns are empty). */
    private static Map<String, Object> bagian(Class<?> type, String property, Object nilai) {
        Class<?> jenis = nilai != null ? nilai.getClass() : jenisRecord(type, property);
        Map<String, Object> map = new LinkedHashMap<>();
        for (java.lang.reflect.RecordComponent k : jenis.getRecordComponents()) {
            try {
                map.put(k.getName(), nilai == null ? null : k.getAccessor().invoke(nilai));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return map;
    }

    /** As Hibernate compares: 1.0 equals 1.00. */
    private static boolean sama(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return java.util.Objects.equals(a, b);
    }

    /** JSON-friendly: references become ids, so a record never drags a graph into the trail. */
    static Object value(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            return v;
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof EntitasDasar e) {
            return e.getId();
        }
        if (v instanceof Temporal || v instanceof Number) {
            return v.toString();
        }
        if (v instanceof Collection<?>) {
            return "(koleksi)";
        }
        return v.toString();
    }

    private static boolean ignored(Class<?> type, String property) {
        return IGNORED.computeIfAbsent(type.getName() + "#" + property, k -> {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                try {
                    Field f = c.getDeclaredField(property);
                    return f.isAnnotationPresent(AuditIgnore.class);
                } catch (NoSuchFieldException e) {
                    // look in the superclass
                }
            }
            return false;
        });
    }
}
