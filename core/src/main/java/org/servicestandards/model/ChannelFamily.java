package org.servicestandards.model;

/** Channel families: a reply outside a case must come in the same family (decision 8). */
public enum ChannelFamily { VOICE, WRITTEN, MESSAGING }
