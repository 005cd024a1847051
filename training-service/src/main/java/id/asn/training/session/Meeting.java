package id.asn.training.session;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** One meeting (a day or a block) of a session; attendance is recorded per meeting. */
@Entity
@Table(name = "meeting")
public class Meeting extends TenantOwned {

    /** Where the meeting happens. */
    public enum Mode { IN_PERSON, ONLINE, BLENDED }

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Column(name = "meeting_date", nullable = false)
    public LocalDate date;

    @Column(name = "start_time", nullable = false)
    public LocalTime start;

    @Column(name = "end_time", nullable = false)
    public LocalTime end;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Mode mode;

    public String location;

    public String link;

    public SessionJp.Slot slot() {
        return new SessionJp.Slot(start, end);
    }
}
