package org.servicestandards.baseline;

import org.servicestandards.ServiceStandards;

/** One evaluator with the default rule base for the tests outside the rules package (compiling it takes seconds). */
public final class SharedStandards {
    private SharedStandards() {}

    private static final class Holder {
        static final ServiceStandards DEFAULTS = ServiceStandards.withDefaults();
    }

    public static ServiceStandards defaults() { return Holder.DEFAULTS; }
}
