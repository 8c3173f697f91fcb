package io.traitscore.catalog;

/** What an interviewer may notice in an answer: a sign of the trait, or a warning against it. */
public enum IndicatorKind {
    POSITIVE, RED_FLAG
}
