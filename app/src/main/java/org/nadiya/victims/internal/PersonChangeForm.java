package org.nadiya.victims.internal;

import java.util.EnumSet;
import java.util.List;

import org.nadiya.cases.ExploitationForm;
import org.nadiya.victims.Person;
import org.nadiya.victims.PersonKind;
import org.nadiya.victims.Sex;

/** The form changing a person's non-identifying data, as typed; every field is submitted. */
public record PersonChangeForm(String kind, String sex, String citizenship, String regionCode, List<String> forms,
                               Boolean crsv, String reason) {

    static PersonChangeForm of(Person p) {
        return new PersonChangeForm(p.kind().name(), p.sex().name(), p.citizenship() == null ? "" : p.citizenship(),
                p.regionCode(), p.exploitationForms().stream().map(Enum::name).toList(), p.crsv(), "");
    }

    public boolean has(String form) {
        return forms != null && forms.contains(form);
    }

    PersonChange toChange() {
        var parsed = EnumSet.noneOf(ExploitationForm.class);
        for (String f : forms == null ? List.<String>of() : forms) {
            parsed.add(PersonForm.parse(ExploitationForm.class, "forms", f));
        }
        return new PersonChange(PersonForm.parse(PersonKind.class, "kind", kind), PersonForm.parse(Sex.class, "sex", sex),
                citizenship == null ? "" : citizenship, regionCode, parsed, Boolean.TRUE.equals(crsv));
    }
}
