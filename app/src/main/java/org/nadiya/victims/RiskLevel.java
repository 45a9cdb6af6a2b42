package org.nadiya.victims;

public enum RiskLevel {
    LOW, MEDIUM, HIGH
}
