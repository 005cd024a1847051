package id.asn.competency.dictionary;

/** The three kinds of PermenPANRB 38/2017 (docs/domain.md §1.1). Agencies add only TEKNIS items. */
public enum CompetencyKind {
    TEKNIS, MANAJERIAL, SOSIAL_KULTURAL
}
