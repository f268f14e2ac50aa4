package io.mesorecords.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class RejectionTest {

    // The code is the stable API; the constant is spelled after it so a reader finds the rule by either.
    @Test
    void everyRejectionIsNamedAfterItsCode() {
        for (Rejection rejection : Rejection.values()) {
            String spelled =
                    rejection.code().replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
            assertThat(rejection.name()).as(rejection.code()).isEqualTo(spelled);
        }
    }

    @Test
    void everyCodeNamesOneRejection() {
        for (Rejection rejection : Rejection.values()) {
            assertThat(Rejection.ofCode(rejection.code())).isSameAs(rejection);
        }
    }
}
