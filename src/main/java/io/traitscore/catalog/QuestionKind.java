package io.traitscore.catalog;

/** Behavioural questions ask for past behaviour; situational ones pose a difficult-customer scenario. */
public enum QuestionKind {
    BEHAVIORAL, SITUATIONAL
}
