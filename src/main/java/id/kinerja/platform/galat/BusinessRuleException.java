package id.kinerja.platform.galat;

import java.util.ArrayList;
import java.util.List;

/**
 * A domain rule refused the change. Carries a message key (messages*.properties) and the field
 * it belongs to, so a form can show it at the right input.
 */
public class BusinessRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;
    private final transient List<BusinessRuleException> lainnya;

    public BusinessRuleException(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
        this.lainnya = List.of();
    }

    private BusinessRuleException(BusinessRuleException pertama, List<BusinessRuleException> lainnya) {
        super(pertama.getMessageKey());
        this.field = pertama.field;
        this.messageKey = pertama.messageKey;
        this.args = pertama.args;
        this.lainnya = List.copyOf(lainnya);
    }

    /** Several broken rules at once, so a form shows every message in one round trip. */
    public static BusinessRuleException semua(List<BusinessRuleException> pelanggaran) {
        return pelanggaran.size() == 1 ? pelanggaran.get(0)
                : new BusinessRuleException(pelanggaran.get(0), pelanggaran.subList(1, pelanggaran.size()));
    }

    /** This violation and any others reported with it. */
    public List<BusinessRuleException> semuaPelanggaran() {
        List<BusinessRuleException> out = new ArrayList<>();
        out.add(this);
        out.addAll(lainnya);
        return out;
    }

    public String getField() {
        return field;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArgs() {
        return args;
    }
}
