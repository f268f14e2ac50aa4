package io.mesorecords.api.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The correctable fields are part of the contract: readers rely on no other key ever being stored. */
class CorrectableFieldTest {

    @Test
    void onlyDescriptiveFieldsOfEachEntryMayBeCorrected() {
        assertThat(CorrectableField.keysOf(EntryType.PATIENT))
                .containsExactlyInAnyOrder("givenName", "familyName", "email", "phone", "sex");
        assertThat(CorrectableField.keysOf(EntryType.SCREENING))
                .containsExactlyInAnyOrder("conditions", "medications", "goals", "skinRoutine");
        assertThat(CorrectableField.keysOf(EntryType.COURSE)).containsExactly("indications");
        assertThat(CorrectableField.keysOf(EntryType.SESSION))
                .containsExactlyInAnyOrder("notes", "anaesthetic", "durationMinutes");
        assertThat(CorrectableField.keysOf(EntryType.REACTION)).containsExactly("notes");
        assertThat(CorrectableField.keysOf(EntryType.ASSESSMENT)).containsExactlyInAnyOrder("rater", "assessedAt");
    }

    @Test
    void aFieldIsFoundByItsEntryTypeAndKey() {
        assertThat(CorrectableField.of(EntryType.COURSE, "indications")).contains(CorrectableField.COURSE_INDICATIONS);
        assertThat(CorrectableField.of(EntryType.PATIENT, "dateOfBirth")).isEmpty();
        assertThat(CorrectableField.of(EntryType.REACTION, "grade")).isEmpty();
    }
}
