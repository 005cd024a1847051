package id.asn.appraisal.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/** Which day it is in the agency's time zone: the one source of "today" for deadlines (docs/domain.md §3.9). */
@ApplicationScoped
public class AgencyCalendar {

    private final AppraisalConfig config;

    @Inject
    public AgencyCalendar(AppraisalConfig config) {
        this.config = config;
    }

    public LocalDate today() {
        return LocalDate.now(config.zone());
    }
}
