package io.mesorecords.platform.security;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The authenticated user behind a request, as its token says: who, in which roles, member of which clinics. The record
 * and the access log take the actor from here, never from a request header.
 */
public record Actor(String userId, Set<Role> roles, SortedSet<String> clinics) {

    /** What a user or clinic id may look like: it is written into every event's metadata and every log entry. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");

    public Actor {
        if (userId == null || !ID.matcher(userId).matches()) {
            throw new IllegalArgumentException("A user id is 1 to 128 letters, digits or . _ : @ -");
        }
        for (String clinic : clinics) {
            if (clinic == null || !ID.matcher(clinic).matches()) {
                throw new IllegalArgumentException("A clinic id is 1 to 128 letters, digits or . _ : @ -");
            }
        }
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        clinics = Collections.unmodifiableSortedSet(new TreeSet<>(clinics));
    }

    public boolean memberOf(String clinicId) {
        return clinicId != null && clinics.contains(clinicId);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The role this actor acts in where the given roles are allowed: the first of its roles, in {@link Role} order. */
    public Optional<Role> actingRole(Collection<Role> allowed) {
        for (Role role : Role.values()) {
            if (roles.contains(role) && allowed.contains(role)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The clinic a request acts for when it names none: the only clinic of a user of one clinic. */
    public Optional<String> soleClinic() {
        return clinics.size() == 1 ? Optional.of(clinics.first()) : Optional.empty();
    }

    /** The actor of the current request, if it is authenticated. */
    public static Optional<Actor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof ActorAuthentication actor
                ? Optional.of(actor.getPrincipal())
                : Optional.empty();
    }

    /** The actor of the current request; only for code behind the security filter chain. */
    public static Actor required() {
        return current().orElseThrow(() -> new IllegalStateException("No authenticated actor on this request"));
    }
}
