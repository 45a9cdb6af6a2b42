package org.nadiya.security.internal.account;

import org.nadiya.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return CurrentUser.find().isPresent() ? "redirect:/" : "login/login";
    }
}
