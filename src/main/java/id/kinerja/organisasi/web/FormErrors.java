package id.kinerja.organisasi.web;

import id.kinerja.platform.web.BusinessRuleException;
import org.springframework.validation.BindingResult;

final class FormErrors {

    private FormErrors() {
    }

    /** A domain rule broken by a form value shows at that field, like a validation error. */
    static void tampilkan(BindingResult binding, BusinessRuleException e) {
        binding.rejectValue(e.getField(), e.getMessageKey(), e.getArgs(), e.getMessageKey());
    }
}
