package id.asn.career.record;

/** Where a history entry came from: master data events, an hr-admin entry, or a decided promotion. */
public enum Source { EVENT, HR, PROMOTION }
