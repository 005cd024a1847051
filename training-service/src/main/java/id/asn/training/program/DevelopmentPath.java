package id.asn.training.program;

/** Jalur pengembangan kompetensi (docs/domain.md §2.2). */
public enum DevelopmentPath { PENDIDIKAN, PELATIHAN_KLASIKAL, PELATIHAN_NONKLASIKAL }
