package org.nadiya.cases;

/** Pre-trial investigation bodies of CPC Art. 216 that trafficking cases meet. */
public enum InvestigativeBody {
    NPU("Національна поліція", "National Police"),
    SBI("Державне бюро розслідувань", "State Bureau of Investigation"),
    // Not suggested for Art. 149 alone; it investigates linked war crimes (Art. 438), where the prosecutor decides.
    SBU("Служба безпеки України", "Security Service of Ukraine");

    private final String uk;
    private final String en;

    InvestigativeBody(String uk, String en) {
        this.uk = uk;
        this.en = en;
    }

    public String uk() {
        return uk;
    }

    public String en() {
        return en;
    }
}
