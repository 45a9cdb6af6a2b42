package org.nadiya.testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Signs in through the real login form and returns the session, as a browser would hold it. */
public final class SignIn {

    private SignIn() {
    }

    public static MockHttpSession as(MockMvc mvc, String username, String password) throws Exception {
        var result = mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(authenticated()).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    public static MockHttpSession demo(MockMvc mvc, String username) throws Exception {
        return as(mvc, username, DemoUsers.PASSWORD);
    }
}
