package io.mesorecords.query.history;

import io.mesorecords.api.history.FindPatientHistoryAsOfQuery;
import io.mesorecords.api.history.FindPatientHistoryQuery;
import io.mesorecords.api.history.PatientHistory;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers history queries: the current history from the read model, a past one from the event store. */
@Component
class PatientHistoryQueries {

    private final HistoryRepository repository;
    private final HistoryAsOfReader asOfReader;

    PatientHistoryQueries(HistoryRepository repository, HistoryAsOfReader asOfReader) {
        this.repository = repository;
        this.asOfReader = asOfReader;
    }

    @QueryHandler
    Optional<PatientHistory> handle(FindPatientHistoryQuery query) {
        return repository.find(query.patientId());
    }

    @QueryHandler
    Optional<StoredHistory> handle(FindStoredHistoryQuery query) {
        return repository.findStored(query.patientId());
    }

    @QueryHandler
    Optional<PatientHistory> handle(FindPatientHistoryAsOfQuery query) {
        return asOfReader.read(query.patientId(), query.asOf());
    }
}
