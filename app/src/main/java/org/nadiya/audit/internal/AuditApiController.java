package org.nadiya.audit.internal;

import java.util.List;

import org.nadiya.audit.AuditEntry;
import org.nadiya.audit.AuditLog;
import org.nadiya.audit.ChainVerification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditApiController {

    private final AuditLog audit;

    AuditApiController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    List<AuditEntry> find(@ModelAttribute AuditFilter filter) {
        return audit.find(filter.toQuery(AuditViewerController.PAGE_SIZE));
    }

    @GetMapping("/verification")
    ChainVerification verify() {
        return audit.verify();
    }
}
