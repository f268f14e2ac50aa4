package io.mesorecords.query.outcome;

/** A report request the edge cannot turn into a query; {@code code} is stable for clients. */
class ReportParameterException extends RuntimeException {

    private final String code;

    ReportParameterException(String code, String detail) {
        super(detail);
        this.code = code;
    }

    String code() {
        return code;
    }
}
