package id.asn.training.followup;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The follow-up evaluation at work of one completion (docs/domain.md §2.7): the form and, once given, its answer. */
@Entity
@Table(name = "follow_up")
public class FollowUp extends TenantOwned {

    @Column(name = "enrollment_id", nullable = false, updatable = false)
    public UUID enrollmentId;

    @Column(nullable = false, updatable = false)
    public String nip;

    @Column(name = "program_id", nullable = false, updatable = false)
    public UUID programId;

    @Column(name = "program_title", nullable = false, updatable = false)
    public String programTitle;

    @Column(name = "completed_on", nullable = false, updatable = false)
    public LocalDate completedOn;

    @Column(name = "due_on", nullable = false, updatable = false)
    public LocalDate dueOn;

    @Column(name = "answered_on")
    public LocalDate answeredOn;

    /** The NIP of the supervisor who answered. */
    @Column(name = "answered_by")
    public String answeredBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "follow_up_item", joinColumns = @JoinColumn(name = "follow_up_id"))
    public List<Item> items = new ArrayList<>();

    /** One competency the programme addressed, with the supervisor's observation once answered. */
    @Embeddable
    public static class Item {
        @Column(name = "competency_code", nullable = false)
        public String competencyCode;

        @Column(name = "target_level", nullable = false)
        public int targetLevel;

        @Column(name = "observed_level")
        public Integer observedLevel;

        @Enumerated(EnumType.STRING)
        public FollowUpRule.Applied applied;

        public String example;

        public Item() {
        }

        Item(String competencyCode, int targetLevel) {
            this.competencyCode = competencyCode;
            this.targetLevel = targetLevel;
        }
    }
}
