package id.asn.training.program;

/** Jalur pengembangan kompetensi (DOMAIN §2.2). */
public enum DevelopmentPath { PENDIDIKAN, PELATIHAN_KLASIKAL, PELATIHAN_NONKLASIKAL }
