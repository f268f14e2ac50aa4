package io.mesorecords.query.outcome;

import io.mesorecords.api.clinical.ReactionType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One course's session and reaction counts, computed from its detail rows as they are read: the performed sessions,
 * the reactions with their durations, and the practitioners the course row lists. What the course row must say
 * ({@link #values()}) and which rows are out of date ({@link #practitionersToAdd()}, {@link #durationsToSet()}) follow
 * from those rows alone, so recomputing twice gives the same answer (the projection's writes stay idempotent).
 */
final class CourseCounts {

    /** A reaction counts as resolved within 48 hours when its duration is at most this many seconds. */
    static final long FORTY_EIGHT_HOURS = 48L * 3600;

    /** The count columns of {@code outcome_course} in the order {@link #values()} gives them. */
    static final List<String> COLUMNS;

    static {
        List<String> columns = new ArrayList<>(
                List.of("performed_sessions", "sessions_with_reaction", "reactions", "reactions_within_48h"));
        ReactionColumns.types().forEach(type -> columns.add(ReactionColumns.of(type)));
        ReactionColumns.grades().forEach(grade -> columns.add(ReactionColumns.ofGrade(grade)));
        COLUMNS = List.copyOf(columns);
    }

    private record Reaction(long key, long session, ReactionType type, int grade, Long storedDuration, Long duration) {}

    private final Set<Long> sessions = new HashSet<>();
    private final Set<String> practitioners = new LinkedHashSet<>();
    private final Set<String> listedPractitioners = new HashSet<>();
    private final List<Reaction> reactions = new ArrayList<>();

    void session(long sessionKey, String practitionerId) {
        sessions.add(sessionKey);
        practitioners.add(practitionerId);
    }

    void listedPractitioner(String practitionerId) {
        listedPractitioners.add(practitionerId);
    }

    /** A reaction row; its duration is the time from onset to resolution, none while unresolved. */
    void reaction(
            long reactionKey,
            long sessionKey,
            String type,
            int grade,
            long onsetEpoch,
            Long resolvedEpoch,
            Long storedDuration) {
        Long duration = resolvedEpoch == null ? null : resolvedEpoch - onsetEpoch;
        reactions.add(
                new Reaction(reactionKey, sessionKey, ReactionType.valueOf(type), grade, storedDuration, duration));
    }

    /** The practitioners of the course's sessions that its practitioner rows do not list yet. */
    List<String> practitionersToAdd() {
        return practitioners.stream()
                .filter(p -> !listedPractitioners.contains(p))
                .toList();
    }

    /** Practitioner rows of the course whose sessions are gone. */
    List<String> practitionersToRemove() {
        return listedPractitioners.stream()
                .filter(p -> !practitioners.contains(p))
                .sorted()
                .toList();
    }

    /** Reactions whose stored duration differs from their onset and resolution: the duration, then the key. */
    List<Object[]> durationsToSet() {
        return reactions.stream()
                .filter(r -> !Objects.equals(r.storedDuration(), r.duration()))
                .map(r -> new Object[] {r.duration(), r.key()})
                .toList();
    }

    /**
     * The values of {@link #COLUMNS}: performed sessions; performed sessions with at least one reaction, of any kind,
     * then of each type and of each grade; reactions; and reactions resolved within 48 hours. A reaction recorded
     * against a session the course does not hold as performed counts as a reaction but not towards a session.
     */
    Object[] values() {
        List<ReactionType> types = ReactionColumns.types();
        List<Integer> grades = ReactionColumns.grades();
        Set<Long> withReaction = new HashSet<>();
        List<Set<Long>> byType = new ArrayList<>();
        types.forEach(t -> byType.add(new HashSet<>()));
        List<Set<Long>> byGrade = new ArrayList<>();
        grades.forEach(g -> byGrade.add(new HashSet<>()));
        int withinFortyEightHours = 0;
        for (Reaction reaction : reactions) {
            if (reaction.duration() != null && reaction.duration() <= FORTY_EIGHT_HOURS) {
                withinFortyEightHours++;
            }
            if (!sessions.contains(reaction.session())) {
                continue;
            }
            withReaction.add(reaction.session());
            byType.get(types.indexOf(reaction.type())).add(reaction.session());
            int grade = grades.indexOf(reaction.grade());
            if (grade >= 0) {
                byGrade.get(grade).add(reaction.session());
            }
        }
        List<Object> values = new ArrayList<>(COLUMNS.size());
        values.add(sessions.size());
        values.add(withReaction.size());
        values.add(reactions.size());
        values.add(withinFortyEightHours);
        byType.forEach(set -> values.add(set.size()));
        byGrade.forEach(set -> values.add(set.size()));
        return values.toArray();
    }
}
