package org.nadiya.web.internal;

import org.nadiya.security.CurrentUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is signed in (for navigation by role). */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ModelAdvice {

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return CurrentUser.find().orElse(null);
    }
}
