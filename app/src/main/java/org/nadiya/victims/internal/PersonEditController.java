package org.nadiya.victims.internal;

import java.util.Arrays;

import org.nadiya.cases.ExploitationForm;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.ReferenceData;
import org.nadiya.victims.PersonKind;
import org.nadiya.victims.Persons;
import org.nadiya.victims.Sex;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing a registered person: the non-identifying data, the identity (opened for editing with a reason, like any
 * read of it, and saved with the reason for the change) and the end of a participation. The identity form is
 * filled only in the answer to that POST, never behind a link.
 */
@Controller
@RequestMapping("/persons/{id}")
class PersonEditController {

    private final Persons persons;
    private final PersonEdits edits;
    private final ReferenceData reference;

    PersonEditController(Persons persons, PersonEdits edits, ReferenceData reference) {
        this.persons = persons;
        this.edits = edits;
        this.reference = reference;
    }

    @GetMapping("/edit")
    String edit(@PathVariable long id, Model model) {
        var person = persons.open(CurrentUser.get(), id);
        return editPage(model, person, PersonChangeForm.of(person), null);
    }

    @PostMapping("/edit")
    String change(@PathVariable long id, @ModelAttribute PersonChangeForm form, Model model,
                  RedirectAttributes redirect) {
        var user = CurrentUser.get();
        try {
            var changed = edits.change(user, id, form.toChange(), form.reason());
            redirect.addFlashAttribute("flash", changed.isEmpty() ? "person.unchanged" : "person.changed");
            return "redirect:/persons/" + id;
        } catch (InvalidInputException e) {
            return editPage(model, persons.open(user, id), form, e);
        }
    }

    /** Opens the identity for editing: a read like any other, with its reason, audited. */
    @PostMapping("/identity/edit")
    String editIdentity(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
                        RedirectAttributes redirect) {
        var user = CurrentUser.get();
        try {
            var identity = persons.identity(user, id, reason);
            return identityPage(model, persons.open(user, id), IdentityChange.of(identity), "", null);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e);
            return "redirect:/persons/" + id + "#identity";
        }
    }

    @PostMapping("/identity/change")
    String changeIdentity(@PathVariable long id, @ModelAttribute IdentityChange form,
                          @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        var user = CurrentUser.get();
        try {
            // Every field comes from the form: a missing one is an empty one, never "keep".
            var typed = new IdentityChange(text(form.familyName()), text(form.givenName()), text(form.patronymic()),
                    text(form.nameLatin()), text(form.birthDate()), text(form.phone()), text(form.address()),
                    text(form.documents()), text(form.representativeName()), text(form.representativeContact()));
            var changed = edits.changeIdentity(user, id, typed, reason);
            redirect.addFlashAttribute("flash", changed.isEmpty() ? "person.unchanged" : "person.identityChanged");
            return "redirect:/persons/" + id;
        } catch (InvalidInputException e) {
            return identityPage(model, persons.open(user, id), form, reason, e);
        }
    }

    @PostMapping("/participations/{proceedingId}/remove")
    String unlink(@PathVariable long id, @PathVariable long proceedingId,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            edits.unlink(CurrentUser.get(), id, proceedingId, reason);
            redirect.addFlashAttribute("flash", "person.unlinked");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e);
        }
        return "redirect:/persons/" + id + "#participations";
    }

    private String editPage(Model model, org.nadiya.victims.Person person, PersonChangeForm form,
                            InvalidInputException error) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("regions", reference.regions().stream()
                .filter(r -> !CurrentUser.CENTRAL.equals(r.code())).toList());
        model.addAttribute("kinds", PersonKind.values());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("exploitationForms", Arrays.stream(ExploitationForm.values()).map(Enum::name).toList());
        return "persons/edit";
    }

    private String identityPage(Model model, org.nadiya.victims.Person person, IdentityChange form, String reason,
                                InvalidInputException error) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("changeReason", reason);
        model.addAttribute("error", error);
        return "persons/identity-edit";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
