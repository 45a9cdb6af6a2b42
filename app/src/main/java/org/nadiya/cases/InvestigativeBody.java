package org.nadiya.cases;

/** Pre-trial investigation bodies relevant to trafficking cases (CPC Art. 216). */
public enum InvestigativeBody {
    NPU,
    SBI,
    SBU
}
