package io.mesorecords.query.audit;

import java.util.List;

/** One page of access-log entries, oldest first; {@code hasMore} when a next page exists. */
public record AccessLogPage(List<AccessEntry> entries, int page, int size, boolean hasMore) {}
