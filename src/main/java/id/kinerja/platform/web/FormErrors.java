package id.kinerja.platform.web;

import id.kinerja.platform.galat.BusinessRuleException;
import org.springframework.validation.BindingResult;

public final class FormErrors {

    private FormErrors() {
    }

    /** A domain rule broken by a form value shows at that field, like a validation error. */
    public static void tampilkan(BindingResult binding, BusinessRuleException e) {
        for (BusinessRuleException v : e.semuaPelanggaran()) {
            binding.rejectValue(v.getField(), v.getMessageKey(), v.getArgs(), v.getMessageKey());
        }
    }
}
