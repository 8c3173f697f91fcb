package io.traitscore.catalog.bank;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

@ConfigMapping(prefix = "traitscore.question-bank")
public interface QuestionBankConfig {

    /**
     * A folder of trait files (one YAML file per trait) that replaces the bank bundled with the
     * application; relative paths start at the working directory. Unset: the bundled bank.
     */
    Optional<String> path();
}
