package io.traitscore.catalog.bank;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "traitscore.question-bank")
public interface QuestionBankConfig {

    /** Folder holding one YAML file per trait; relative paths start at the working directory. */
    @WithDefault("question-bank")
    String path();
}
