package io.mesorecords.platform.security;

import java.util.Locale;
import java.util.Optional;

/**
 * What a user does at a clinic. A token may carry several; on each endpoint the user acts in the first of its roles,
 * in this order, that the endpoint allows, and that role is what the record and the access log keep.
 */
public enum Role {
    /** Records and reads the patients of their clinics. */
    PRACTITIONER,
    /** Registers patients and books, moves and cancels sessions; records no clinical entry. */
    FRONT_DESK,
    /** Reads histories, record integrity and the access log of their clinics; writes nothing. */
    AUDITOR,
    /** Reads de-identified outcome reports of their clinics; no patient endpoint. */
    ANALYST,
    /** Rebuilds projections, erases personal data, reads operational endpoints; records no clinical entry. */
    ADMINISTRATOR;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** A role as identity providers name it: {@code front-desk}, {@code front_desk} and {@code FRONT_DESK} alike. */
    public static Optional<Role> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String normal = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Role role : values()) {
            if (role.name().equals(normal)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
