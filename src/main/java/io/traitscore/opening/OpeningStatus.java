package io.traitscore.opening;

public enum OpeningStatus {
    OPEN, CLOSED
}
