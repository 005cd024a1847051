package id.asn.systemtests;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Counts of what a round of partner work produced and what every consumer made of it, read straight from the
 * services' databases (as the local stack's superuser): the APIs answer one row per key, so they would hide a
 * second event for the same attendance or completion, and the consumers' effect tables have unique keys that
 * would swallow a second application. Counting the producer's outbox per key and each consumer's inbox per event
 * shows a double where it would happen.
 */
final class Effects {

    static final String ATTENDANCE_RECORDED = "asn.training.attendance-recorded.v1";
    static final String TRAINING_COMPLETED = "asn.training.completed.v1";
    private static final List<String> COMPLETION_CONSUMERS = List.of("competency", "career", "appraisal");

    private final String jdbcBase;

    Effects(String jdbcBase) {
        this.jdbcBase = jdbcBase;
    }

    /** What one round of sessions came to, from the producer's and every consumer's tables. */
    record Counts(long attendanceRows, long attendanceEvents, long attendanceEventKeys, long completed,
                  long ledgerEntries, long completedEvents, long completedEventKeys, long unsentEvents,
                  List<Long> inboxPerConsumer, List<Long> distinctInboxPerConsumer, long competencyEvidence,
                  long careerRecords) {

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "attendance rows %d, attendance events %d (%d distinct meeting+enrolment), completed %d, "
                            + "JP ledger entries %d, completion events %d (%d distinct enrolments), unsent %d, "
                            + "completions in the inbox of %s: %s (distinct %s), competency training evidence %d, "
                            + "career training records %d",
                    attendanceRows, attendanceEvents, attendanceEventKeys, completed, ledgerEntries, completedEvents,
                    completedEventKeys, unsentEvents, COMPLETION_CONSUMERS, inboxPerConsumer, distinctInboxPerConsumer,
                    competencyEvidence, careerRecords);
        }
    }

    Counts of(Collection<String> sessionIds) {
        try (Connection training = connect("training")) {
            Array sessions = training.createArrayOf("uuid", sessionIds.stream().map(java.util.UUID::fromString).toArray());
            long attendanceRows = count(training, """
                    select count(*) from attendance a join meeting m on m.id = a.meeting_id
                    where m.session_id = any(?)""", sessions);
            long[] attendanceEvents = pair(training, """
                    select count(*), count(distinct (o.payload -> 'data' ->> 'meetingId', o.payload -> 'data' ->> 'enrollmentId'))
                    from outbox_event o where o.type = '%s' and (o.payload -> 'data' ->> 'meetingId')::uuid in
                        (select id from meeting where session_id = any(?))""".formatted(ATTENDANCE_RECORDED), sessions);
            List<String> enrollments = strings(training,
                    "select id::text from enrollment where session_id = any(?) and status = 'COMPLETED'", sessions);
            Array completedIds = training.createArrayOf("text", enrollments.toArray());
            long ledger = count(training, "select count(*) from jp_ledger_entry where enrollment_id::text = any(?)",
                    completedIds);
            long[] completedEvents = pair(training, """
                    select count(*), count(distinct o.payload -> 'data' ->> 'enrollmentId') from outbox_event o
                    where o.type = '%s' and o.payload -> 'data' ->> 'enrollmentId' = any(?)""".formatted(TRAINING_COMPLETED),
                    completedIds);
            List<String> eventIds = strings(training, """
                    select o.payload ->> 'id' from outbox_event o
                    where o.type = '%s' and o.payload -> 'data' ->> 'enrollmentId' = any(?)""".formatted(TRAINING_COMPLETED),
                    completedIds);
            long unsent = count(training, """
                    select count(*) from outbox_event o where o.sent_at is null and (
                        (o.type = '%s' and o.payload -> 'data' ->> 'enrollmentId' = any(?))
                        or (o.type = '%s' and (o.payload -> 'data' ->> 'meetingId')::uuid in
                            (select id from meeting where session_id = any(?))))"""
                    .formatted(TRAINING_COMPLETED, ATTENDANCE_RECORDED), completedIds, sessions);
            List<Long> inbox = new ArrayList<>();
            List<Long> distinctInbox = new ArrayList<>();
            for (String consumer : COMPLETION_CONSUMERS) {
                try (Connection db = connect(consumer)) {
                    long[] applied = pair(db, "select count(*), count(distinct event_id) from inbox_event where event_id = any(?)",
                            db.createArrayOf("text", eventIds.toArray()));
                    inbox.add(applied[0]);
                    distinctInbox.add(applied[1]);
                }
            }
            long evidence;
            try (Connection db = connect("competency")) {
                evidence = count(db, "select count(*) from training_evidence where enrollment_id = any(?)",
                        db.createArrayOf("text", enrollments.toArray()));
            }
            long career;
            try (Connection db = connect("career")) {
                career = count(db, "select count(*) from training_record where enrollment_id = any(?)",
                        db.createArrayOf("text", enrollments.toArray()));
            }
            return new Counts(attendanceRows, attendanceEvents[0], attendanceEvents[1], enrollments.size(), ledger,
                    completedEvents[0], completedEvents[1], unsent, inbox, distinctInbox, evidence, career);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count effects: " + e.getMessage(), e);
        }
    }

    /** Outbox rows of a service not yet published (whatever their type), e.g. to see a relay drain. */
    long unsent(String database) {
        try (Connection db = connect(database)) {
            return count(db, "select count(*) from outbox_event where sent_at is null and discarded_at is null");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the outbox of " + database + ": " + e.getMessage(), e);
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcBase + database, "postgres", "postgres");
    }

    private static long count(Connection db, String sql, Object... parameters) throws SQLException {
        return pair(db, sql, parameters)[0];
    }

    private static long[] pair(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(db, sql, parameters); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getMetaData().getColumnCount() > 1 ? new long[] {rows.getLong(1), rows.getLong(2)}
                    : new long[] {rows.getLong(1), rows.getLong(1)};
        }
    }

    private static List<String> strings(Connection db, String sql, Object... parameters) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = prepare(db, sql, parameters); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static PreparedStatement prepare(Connection db, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
