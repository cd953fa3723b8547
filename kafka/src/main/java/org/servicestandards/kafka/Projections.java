package org.servicestandards.kafka;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import org.servicestandards.model.Complaint;
import org.servicestandards.model.Flag;
import org.servicestandards.model.Interaction;

/**
 * The slimmer copies of records kept by the customer and product buckets: what their standards read,
 * without references to records those buckets do not hold (which validation would otherwise reject).
 */
final class Projections {
    private Projections() {}

    /** A contact as the customer bucket keeps it: no text, not a reply to anything. */
    static Interaction ownerContact(Interaction i) {
        return with(i, Map.of("text", NONE, "inReplyTo", NONE));
    }

    /** A proactive notice as a product bucket keeps it: also without its case. */
    static Interaction productNotice(Interaction i) {
        return with(i, Map.of("text", NONE, "inReplyTo", NONE, "caseId", NONE));
    }

    /** A complaint as a product bucket keeps it: not lodged in an interaction (its case gets a stub). */
    static Complaint productComplaint(Complaint c) {
        return with(c, Map.of("lodgedIn", NONE, "description", NONE));
    }

    static boolean isNotice(Object record) {
        return record instanceof Interaction i && i.isOutbound() && i.hasFlag(Flag.PROACTIVE_NOTICE);
    }

    private static final Object NONE = new Object();

    /** A copy of a record with some components replaced ({@link #NONE} for null), by component name. */
    @SuppressWarnings("unchecked")
    private static <R extends Record> R with(R r, Map<String, Object> changes) {
        RecordComponent[] components = r.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                Object change = changes.get(c.getName());
                args[i] = change == null ? c.getAccessor().invoke(r) : change == NONE ? null : change;
            }
            Constructor<?> ctor = r.getClass().getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return (R) ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot project " + r, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot project " + r, e);
        }
    }
}
