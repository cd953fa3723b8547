package org.servicestandards.kafka;

/**
 * The keys of the topology's buckets. A prefix keeps the kinds apart ({@code case:42} and
 * {@code customer:42} are different buckets), so ids may be reused across record types.
 */
final class Keys {
    static final String CASE = "case:";
    static final String CASELESS = "caseless:";
    static final String CUSTOMER = "customer:";
    static final String AGENT = "agent:";
    static final String PRODUCT = "product:";

    private Keys() {}

    static String caseKey(String caseId) { return CASE + caseId; }

    static String caseless(String customerId) { return CASELESS + customerId; }

    static String customer(String customerId) { return CUSTOMER + customerId; }

    static String agent(String agentId) { return AGENT + agentId; }

    static String product(String product) { return PRODUCT + product; }

    static boolean isAgent(String key) { return key.startsWith(AGENT); }

    /** The id after the prefix. */
    static String id(String key) { return key.substring(key.indexOf(':') + 1); }
}
