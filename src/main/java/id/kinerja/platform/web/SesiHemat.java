package id.kinerja.platform.web;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Spring Session sets the last access time on every request, which marks the JDBC session changed
 * and costs an UPDATE with a synchronous commit on every page (measured: docs/performa.md). Here
 * the access time only moves when it is older than {@code kinerja.sesi.ambang-akses} (default 60 s);
 * a session whose attributes did not change is then not written at all. The price: a session may
 * expire up to that threshold earlier than its 30 minutes. 0 restores the old behaviour.
 */
@Component
class SesiHemat implements BeanPostProcessor {

    private final Duration ambang;

    SesiHemat(@Value("${kinerja.sesi.ambang-akses:60s}") Duration ambang) {
        this.ambang = ambang;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof JdbcIndexedSessionRepository jdbc && !ambang.isZero()) {
            return new Repo(jdbc, ambang);
        }
        return bean;
    }

    /** The JDBC repository behind sessions that ignore small moves of their access time. */
    static final class Repo implements FindByIndexNameSessionRepository<Sesi>, DisposableBean {

        private final FindByIndexNameSessionRepository<Session> asli;
        private final DisposableBean tutup;
        private final Duration ambang;

        @SuppressWarnings({"unchecked", "rawtypes"})
        Repo(JdbcIndexedSessionRepository jdbc, Duration ambang) {
            this.asli = (FindByIndexNameSessionRepository) jdbc;
            this.tutup = jdbc;
            this.ambang = ambang;
        }

        @Override
        public Sesi createSession() {
            return new Sesi(asli.createSession(), Duration.ZERO);
        }

        @Override
        public void save(Sesi session) {
            asli.save(session.asli);
        }

        @Override
        public Sesi findById(String id) {
            Session s = asli.findById(id);
            return s == null ? null : new Sesi(s, ambang);
        }

        @Override
        public void deleteById(String id) {
            asli.deleteById(id);
        }

        @Override
        public Map<String, Sesi> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            Map<String, Sesi> out = new LinkedHashMap<>();
            asli.findByIndexNameAndIndexValue(indexName, indexValue).forEach((k, v) -> out.put(k, new Sesi(v, ambang)));
            return out;
        }

        @Override
        public void destroy() throws Exception {
            tutup.destroy();
        }
    }

    /** A stored session whose access time moves only past the threshold. */
    static final class Sesi implements Session {

        private final Session asli;
        private final Duration ambang;

        Sesi(Session asli, Duration ambang) {
            this.asli = asli;
            this.ambang = ambang;
        }

        @Override
        public void setLastAccessedTime(Instant waktu) {
            if (ambang.isZero() || Duration.between(asli.getLastAccessedTime(), waktu).compareTo(ambang) >= 0) {
                asli.setLastAccessedTime(waktu);
            }
        }

        @Override
        public String getId() {
            return asli.getId();
        }

        @Override
        public String changeSessionId() {
            return asli.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return asli.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return asli.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            asli.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            asli.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return asli.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return asli.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            asli.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return asli.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return asli.isExpired();
        }
    }
}
