package io.mesorecords.api.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.api.clinical.CorrectableField;
import io.mesorecords.api.common.PersonalData;
import io.mesorecords.api.course.AssessmentRecorded;
import io.mesorecords.api.course.CoursePlanned;
import io.mesorecords.api.patient.EntryCorrected;
import io.mesorecords.api.patient.MedicalHistoryRecorded;
import io.mesorecords.api.patient.PatientRegistered;
import io.mesorecords.api.reaction.ReactionRecorded;
import io.mesorecords.api.session.SessionPerformed;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which recorded values identify the patient, and therefore are encrypted under the patient's key and gone after
 * erasure: name, date of birth, contact and every free text. A change to this list changes what erasure removes.
 */
class PersonalDataContractTest {

    @Test
    void theIdentifyingValuesOfEveryEvent() {
        List<String> personal = new ArrayList<>();
        EventSerializationTest.eventTypes().forEach(type -> {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.isAnnotationPresent(PersonalData.class)) {
                    personal.add(type.getSimpleName() + "." + component.getName());
                }
            }
        });

        assertThat(personal)
                .containsExactlyInAnyOrder(
                        "PatientRegistered.name",
                        "PatientRegistered.dateOfBirth",
                        "PatientRegistered.contact",
                        "MedicalHistoryRecorded.conditions",
                        "MedicalHistoryRecorded.medications",
                        "MedicalHistoryRecorded.goals",
                        "MedicalHistoryRecorded.skinRoutine",
                        "SessionPerformed.notes",
                        "SessionCancelled.reason",
                        "ReactionRecorded.notes",
                        "CourseDiscontinued.details",
                        "CourseExtended.reason",
                        "EntryCorrected.correctedValues",
                        "EntryCorrected.reason");
    }

    /** A corrected value is personal exactly when the value it corrects is. */
    @Test
    void aCorrectionsValueIsPersonalExactlyWhenTheCorrectedValueIs() throws Exception {
        Map<CorrectableField, RecordComponent> corrects = new EnumMap<>(CorrectableField.class);
        corrects.put(CorrectableField.PATIENT_GIVEN_NAME, component(PatientRegistered.class, "name"));
        corrects.put(CorrectableField.PATIENT_FAMILY_NAME, component(PatientRegistered.class, "name"));
        corrects.put(CorrectableField.PATIENT_EMAIL, component(PatientRegistered.class, "contact"));
        corrects.put(CorrectableField.PATIENT_PHONE, component(PatientRegistered.class, "contact"));
        corrects.put(CorrectableField.PATIENT_SEX, component(PatientRegistered.class, "sex"));
        corrects.put(CorrectableField.SCREENING_CONDITIONS, component(MedicalHistoryRecorded.class, "conditions"));
        corrects.put(CorrectableField.SCREENING_MEDICATIONS, component(MedicalHistoryRecorded.class, "medications"));
        corrects.put(CorrectableField.SCREENING_GOALS, component(MedicalHistoryRecorded.class, "goals"));
        corrects.put(CorrectableField.SCREENING_SKIN_ROUTINE, component(MedicalHistoryRecorded.class, "skinRoutine"));
        corrects.put(CorrectableField.COURSE_INDICATIONS, component(CoursePlanned.class, "indications"));
        corrects.put(CorrectableField.SESSION_NOTES, component(SessionPerformed.class, "notes"));
        corrects.put(CorrectableField.SESSION_ANAESTHETIC, component(SessionPerformed.class, "anaesthetic"));
        corrects.put(CorrectableField.SESSION_DURATION_MINUTES, component(SessionPerformed.class, "durationMinutes"));
        corrects.put(CorrectableField.REACTION_NOTES, component(ReactionRecorded.class, "notes"));
        corrects.put(CorrectableField.ASSESSMENT_RATER, component(AssessmentRecorded.class, "rater"));
        corrects.put(CorrectableField.ASSESSMENT_ASSESSED_AT, component(AssessmentRecorded.class, "assessedAt"));
        assertThat(corrects.keySet()).containsExactlyInAnyOrder(CorrectableField.values());
        Set<String> personalKeys = Set.of(component(EntryCorrected.class, "correctedValues")
                .getAnnotation(PersonalData.class)
                .keys());

        corrects.forEach((field, corrected) -> assertThat(personalKeys.contains(field.key()))
                .as("%s is personal", field)
                .isEqualTo(corrected.isAnnotationPresent(PersonalData.class)));
    }

    private static RecordComponent component(Class<?> type, String name) {
        return Arrays.stream(type.getRecordComponents())
                .filter(c -> c.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
