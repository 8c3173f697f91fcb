package io.traitscore.web;

import io.quarkus.qute.TemplateGlobal;

/** Values every template can use. */
@TemplateGlobal
public class TemplateGlobals {

    /** Names the one time zone the pages use, next to date-and-time inputs. */
    static String timeZoneHint() {
        return "Times are in " + WebTime.zone().getId() + ".";
    }
}
