package id.kinerja.platform.web;

import org.springframework.validation.BindingResult;

public final class FormErrors {

    private FormErrors() {
    }

    /** A domain rule broken by a form value shows at that field, like a validation error. */
    public static void tampilkan(BindingResult binding, BusinessRuleException e) {
        binding.rejectValue(e.getField(), e.getMessageKey(), e.getArgs(), e.getMessageKey());
    }
}
