package id.asn.competency.profile;

import id.asn.competency.assessment.AssessmentViews.AssessmentSummary;
import id.asn.competency.evidence.EvidenceQueries.AppraisalEvidence;
import id.asn.competency.evidence.EvidenceQueries.TrainingEvidence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answer records of the profile, job fit and gap report APIs. */
public final class ProfileViews {

    private ProfileViews() {
    }

    public record BasedOn(UUID assessmentId, String method, LocalDate assessedOn, LocalDate validUntil) {
    }

    public record ProfileLine(String competencyCode, String competencyName, String kind, int requiredLevel,
                              BigDecimal currentLevel, BigDecimal gap, boolean inDevelopment, BasedOn basedOn) {
    }

    public record ProfileView(String nip, String name, UUID positionId, String positionTitle,
                              LocalDate standardEffectiveFrom, BigDecimal jpm, String jpmCategory,
                              List<ProfileLine> lines, List<AssessmentSummary> assessments,
                              List<TrainingEvidence> trainings, List<AppraisalEvidence> appraisals) {
    }

    /** One candidate: JPM against the target position, and the number and sum of their gaps. */
    public record Candidate(String nip, String name, UUID currentPositionId, BigDecimal jpm, String jpmCategory,
                            long competenciesShort, BigDecimal totalGap, long competenciesAssessed) {
    }

    /**
     * One competency of a gap report.
     *
     * @param required      employees whose position standard includes the competency
     * @param shortCount    of those, how many are below the required level
     * @param averageGap    mean gap of those short
     * @param shortBy1      short by at most 1 level; {@code shortBy2}: by more than 1 and at most 2;
     *                      {@code shortByMore}: by more than 2
     * @param inDevelopment short and with a completed training for the competency since their last assessment
     */
    public record GapReportRow(String competencyCode, String competencyName, String kind, long required,
                               long shortCount, BigDecimal averageGap, BigDecimal maxGap, long shortBy1,
                               long shortBy2, long shortByMore, long notAssessed, long inDevelopment) {
    }

    /** A page of job-fit candidates, named for the API document: an annotation cannot name the generic {@code Page}. */
    @Schema(name = "PageCandidate")
    public record CandidatePage(List<Candidate> items, int page, int size, long totalItems, int totalPages) {
    }

    /** A page of gap report rows, named for the API document: an annotation cannot name the generic {@code Page}. */
    @Schema(name = "PageGapReportRow")
    public record GapReportPage(List<GapReportRow> items, int page, int size, long totalItems, int totalPages) {
    }
}
