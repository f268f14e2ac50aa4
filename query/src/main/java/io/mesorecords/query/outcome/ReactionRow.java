package io.mesorecords.query.outcome;

/** A reaction as the report stores it: type, grade and times only, never the notes or the area. */
record ReactionRow(
        long reactionKey, long courseKey, long sessionKey, String type, int grade, boolean serious, long onsetEpoch) {}
