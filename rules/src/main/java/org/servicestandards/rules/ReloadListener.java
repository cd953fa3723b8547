package org.servicestandards.rules;

/**
 * Hears about every reload of a {@link ReloadableStandards}, successful or not. Called on the
 * thread that reloaded (a directory watch's own thread for a watch), after the swap; must not
 * block for long. An exception thrown by a listener is logged and does not affect the reload or
 * the other listeners.
 */
@FunctionalInterface
public interface ReloadListener {
    /**
     * @param result {@code succeeded()} with the notes, or failed with the errors (file:line) while
     *               the previous rules keep serving
     */
    void reloaded(ReloadResult result);
}
