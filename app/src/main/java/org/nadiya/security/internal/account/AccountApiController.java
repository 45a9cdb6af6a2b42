package org.nadiya.security.internal.account;

import java.util.List;
import java.util.Map;

import org.nadiya.security.CurrentUser;
import org.nadiya.security.IssuedToken;
import org.nadiya.security.TokenInfo;
import org.nadiya.security.UserAdministration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class AccountApiController {

    private final UserAdministration users;
    private final int tokenDays;

    AccountApiController(UserAdministration users, @Value("${nadiya.security.token-days}") int tokenDays) {
        this.users = users;
        this.tokenDays = tokenDays;
    }

    @GetMapping("/me")
    CurrentUser me() {
        return CurrentUser.get();
    }

    @GetMapping("/tokens")
    List<TokenInfo> tokens() {
        return users.tokens(CurrentUser.get().id());
    }

    record TokenRequest(String name, Integer days) {
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedToken issue(@RequestBody(required = false) TokenRequest request) {
        var r = request == null ? new TokenRequest(null, null) : request;
        return users.issueToken(CurrentUser.get().id(), r.name(), r.days() == null ? tokenDays : r.days());
    }

    @DeleteMapping("/tokens/{id}")
    Map<String, Object> revoke(@PathVariable long id) {
        users.revokeToken(CurrentUser.get().id(), id);
        return Map.of("revoked", id);
    }
}
