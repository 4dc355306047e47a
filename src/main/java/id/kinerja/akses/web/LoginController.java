package id.kinerja.akses.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import id.kinerja.akses.LoginDitahanException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        Object error = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        // one message for every failure; only the wait (the same for any name) is told
        model.addAttribute("ditahanDetik", error instanceof LoginDitahanException d ? d.getDetik() : null);
        return "akses/login";
    }
}
