package id.asn.career.selection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Open selection (docs/domain.md §5.7): the requirements filter candidates before ranking (§7.3), then the
 * eligible rank by job fit against the position's standard (unknown last), then the latest annual predikat, then
 * the 9-box (unknown last), then NIP; ineligible candidates follow, each with every unmet requirement. A
 * published ranking shows a candidate their own row and, of the others, only the place and whether they are
 * eligible ({@link #showsIdentity}).
 */
public final class SelectionRule {

    /** Best first. */
    private static final List<String> PREDIKAT = List.of("SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN",
            "KURANG_MISCONDUCT", "SANGAT_KURANG");

    /** The requirements of the open position; {@code maxAge} null means no age limit. */
    public record Requirements(int minEducationTier, String minEducation, Integer maxAge, LocalDate closesOn,
                               int performanceYears, Set<String> acceptedPredikat) {
    }

    /** One disciplinary sentence. */
    public record Sentence(LocalDate startsOn, LocalDate endsOn) {
    }

    /** What is known of one candidate; {@code educationTier} is 0 when no diploma is known. */
    public record Candidate(String nip, int educationTier, String education, LocalDate birthDate,
                            Map<Integer, String> annualPredikat, List<Sentence> sentences, BigDecimal jobFit,
                            Integer box) {
    }

    /** A candidate placed: 1-based place, whether eligible, the latest predikat considered, and why. */
    public record Ranked(int place, Candidate candidate, boolean eligible, String predikat, String reason) {
    }

    private SelectionRule() {
    }

    /** The unmet requirements of a candidate, each as a sentence; empty when eligible. */
    public static List<String> unmet(Candidate c, Requirements r) {
        List<String> unmet = new ArrayList<>();
        if (c.educationTier() < r.minEducationTier()) {
            unmet.add("education " + (c.education() == null ? "unknown" : c.education()) + " is below "
                    + r.minEducation());
        }
        if (r.maxAge() != null) {
            if (c.birthDate() == null) {
                unmet.add("birth date unknown, the age limit " + r.maxAge() + " cannot be checked");
            } else {
                int age = Period.between(c.birthDate(), r.closesOn()).getYears();
                if (age > r.maxAge()) {
                    unmet.add("age " + age + " on " + r.closesOn() + " is above " + r.maxAge());
                }
            }
        }
        int lastYear = r.closesOn().getYear() - 1;
        for (int year = lastYear - r.performanceYears() + 1; year <= lastYear; year++) {
            String p = c.annualPredikat().get(year);
            if (p == null) {
                unmet.add("no annual predikat for " + year);
            } else if (!r.acceptedPredikat().contains(p)) {
                unmet.add("annual predikat " + p + " in " + year + " is not " + String.join(" or ",
                        r.acceptedPredikat().stream().sorted().toList()));
            }
        }
        for (Sentence s : c.sentences()) {
            if (!r.closesOn().isBefore(s.startsOn()) && !r.closesOn().isAfter(s.endsOn())) {
                unmet.add("disciplinary sentence from " + s.startsOn() + " to " + s.endsOn() + " runs on "
                        + r.closesOn());
            }
        }
        return unmet;
    }

    /** The latest annual predikat before the closing year, if any. */
    public static Optional<String> latestPredikat(Candidate c, LocalDate closesOn) {
        return c.annualPredikat().entrySet().stream().filter(e -> e.getKey() < closesOn.getYear())
                .max(Map.Entry.comparingByKey()).map(Map.Entry::getValue);
    }

    /** Every candidate placed: the eligible ranked, then the ineligible by NIP. */
    public static List<Ranked> rank(List<Candidate> candidates, Requirements r) {
        Comparator<Candidate> order = Comparator
                .comparing(Candidate::jobFit, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
                .thenComparing(c -> latestPredikat(c, r.closesOn()).map(PREDIKAT::indexOf).orElse(PREDIKAT.size()))
                .thenComparing(Candidate::box, Comparator.nullsLast(Comparator.<Integer>reverseOrder()))
                .thenComparing(Candidate::nip);
        List<Candidate> eligible = candidates.stream().filter(c -> unmet(c, r).isEmpty()).sorted(order).toList();
        List<Candidate> ineligible = candidates.stream().filter(c -> !unmet(c, r).isEmpty())
                .sorted(Comparator.comparing(Candidate::nip)).toList();
        List<Ranked> ranked = new ArrayList<>();
        for (Candidate c : eligible) {
            String predikat = latestPredikat(c, r.closesOn()).orElse(null);
            ranked.add(new Ranked(ranked.size() + 1, c, true, predikat, "job fit "
                    + (c.jobFit() == null ? "unknown" : "JPM " + c.jobFit().toPlainString()) + "; latest predikat "
                    + predikat + "; box " + (c.box() == null ? "unknown" : c.box())));
        }
        for (Candidate c : ineligible) {
            ranked.add(new Ranked(ranked.size() + 1, c, false, latestPredikat(c, r.closesOn()).orElse(null),
                    "not eligible: " + String.join("; ", unmet(c, r))));
        }
        return ranked;
    }

    /** The criteria as published with the ranking. */
    public static String criteria(Requirements r) {
        return "requirements: education at least " + r.minEducation()
                + (r.maxAge() == null ? "" : "; age at most " + r.maxAge() + " on " + r.closesOn())
                + "; annual predikat " + String.join(" or ", r.acceptedPredikat().stream().sorted().toList())
                + " in each of the " + r.performanceYears() + " years before " + r.closesOn().getYear()
                + "; no disciplinary sentence running on " + r.closesOn()
                + ". Eligible candidates rank by job fit (JPM against the position's competency standard, unknown "
                + "last), then the latest annual predikat, then the talent box (unknown last).";
    }

    /**
     * What {@code viewerNip} may read of a published row: their own in full; of anyone else's only the place and
     * whether they are eligible, since the name, NIP, scores and reasons would identify them or disclose their
     * appraisal and talent data.
     */
    public static boolean showsIdentity(String rowNip, String viewerNip) {
        return rowNip.equals(viewerNip);
    }
}
