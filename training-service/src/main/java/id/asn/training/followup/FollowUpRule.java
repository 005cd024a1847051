package id.asn.training.followup;

import java.time.LocalDate;

/**
 * Rule: docs/domain.md §2.7 (POLICY; training.follow-up.months, training.follow-up.answer-days).
 * When a follow-up falls due, what state it is in on a given day, and what an observed level says about the
 * programme's target.
 * <ol>
 *   <li>It falls due the configured number of months after the completion (same day of the month, or the
 *       month's last day when that day does not exist).</li>
 *   <li>Before that day it is PENDING and cannot be answered; from that day DUE; OVERDUE once more than the
 *       configured days have passed since; ANSWERED once answered, whatever the day.</li>
 *   <li>An observed level at or above the target is APPLIED, one level below PARTLY, further below NOT_APPLIED.</li>
 * </ol>
 */
public record FollowUpRule(int months, int answerDays) {

    /** Where a follow-up stands. */
    public enum State { PENDING, DUE, OVERDUE, ANSWERED }

    /** What the observed level says about the target. */
    public enum Applied { NOT_APPLIED, PARTLY, APPLIED }

    public FollowUpRule {
        if (months < 0 || answerDays < 0) {
            throw new IllegalArgumentException("months and answer days must not be negative");
        }
    }

    public LocalDate dueOn(LocalDate completedOn) {
        return completedOn.plusMonths(months);
    }

    public State state(LocalDate dueOn, boolean answered, LocalDate today) {
        if (answered) {
            return State.ANSWERED;
        }
        if (today.isBefore(dueOn)) {
            return State.PENDING;
        }
        return today.isAfter(dueOn.plusDays(answerDays)) ? State.OVERDUE : State.DUE;
    }

    /** The last due date that is overdue on {@code today}: a follow-up due before or on it and unanswered is late. */
    public LocalDate overdueIfDueOnOrBefore(LocalDate today) {
        return today.minusDays(answerDays + 1L);
    }

    public Applied applied(int targetLevel, int observedLevel) {
        if (observedLevel >= targetLevel) {
            return Applied.APPLIED;
        }
        return observedLevel == targetLevel - 1 ? Applied.PARTLY : Applied.NOT_APPLIED;
    }
}
