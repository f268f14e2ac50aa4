package io.mesorecords.query.outcome;

import io.mesorecords.api.clinical.Scale;
import io.mesorecords.api.clinical.Score;
import io.mesorecords.api.patient.MedicalHistoryRecorded;
import io.mesorecords.api.patient.PatientRegistered;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * What the report keeps about the patient for one course, derived at planning: the 10-year age band (lower bound) and
 * the Fitzpatrick type and Glogau class of the screening in force. Absent when not recorded.
 */
record PlanningFacts(String registeredClinic, Integer ageBand, Integer fitzpatrick, Integer glogau) {

    /**
     * Folds the patient's events recorded before the course was planned. The screening in force is the one with the
     * latest screening date on or before the planning date. No correctable field ({@code CorrectableField}) changes
     * the date of birth or a screening's date or skin classes, so corrections need no handling here.
     */
    static PlanningFacts fold(List<DomainEventMessage<?>> before, LocalDate plannedOn) {
        Sources sources = new Sources();
        before.forEach(message -> sources.add(message.getPayload()));
        return sources.at(plannedOn);
    }

    /**
     * What the facts are derived from, folded event by event in recorded order: the registration and every screening.
     * Held in memory only, never stored.
     */
    static final class Sources {

        private String clinic;
        private LocalDate dateOfBirth;
        private final List<Screening> screenings = new ArrayList<>();

        void add(Object payload) {
            if (payload instanceof PatientRegistered registered) {
                clinic = registered.clinicId().asString();
                dateOfBirth = registered.dateOfBirth();
            } else if (payload instanceof MedicalHistoryRecorded screening) {
                screenings.add(new Screening(
                        screening.screenedOn(),
                        grade(screening.fitzpatrick(), Scale.FITZPATRICK),
                        grade(screening.glogau(), Scale.GLOGAU)));
            }
        }

        PlanningFacts at(LocalDate plannedOn) {
            Screening inForce = null;
            for (Screening screening : screenings) {
                boolean applies = screening.screenedOn() != null
                        && !screening.screenedOn().isAfter(plannedOn);
                if (applies && (inForce == null || !screening.screenedOn().isBefore(inForce.screenedOn()))) {
                    inForce = screening;
                }
            }
            return new PlanningFacts(
                    clinic,
                    ageBand(dateOfBirth, plannedOn),
                    inForce == null ? null : inForce.fitzpatrick(),
                    inForce == null ? null : inForce.glogau());
        }
    }

    static Integer ageBand(LocalDate dateOfBirth, LocalDate on) {
        if (dateOfBirth == null || dateOfBirth.isAfter(on)) {
            return null;
        }
        return Period.between(dateOfBirth, on).getYears() / 10 * 10;
    }

    /** Only the current numbering of a scale is trusted: an older version may number the classes differently. */
    private static Integer grade(Score score, Scale scale) {
        if (score == null || score.scale() != scale || !score.isValid()) {
            return null;
        }
        return score.value().intValue();
    }

    private record Screening(LocalDate screenedOn, Integer fitzpatrick, Integer glogau) {}
}
