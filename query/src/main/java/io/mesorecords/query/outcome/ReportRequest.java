package io.mesorecords.query.outcome;

import io.mesorecords.api.clinical.Indication;
import io.mesorecords.api.clinical.Ingredient;
import io.mesorecords.api.clinical.Technique;
import io.mesorecords.api.common.ClinicId;
import io.mesorecords.api.common.PractitionerId;
import io.mesorecords.api.outcome.FindOutcomeReportQuery;
import io.mesorecords.api.outcome.OutcomeDimension;
import io.mesorecords.api.outcome.OutcomeFilter;
import io.mesorecords.api.outcome.PeriodGranularity;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.util.MultiValueMap;

/**
 * Reads the query string of {@code GET /reports/outcomes}: {@code groupBy} (comma-separated dimension names),
 * {@code period} (month, quarter or year; also groups by period), one parameter per dimension to filter by (repeated or
 * comma-separated values), {@code from} and {@code to} (planning months, YYYY-MM). Anything else is refused, so that a
 * misspelt filter never silently widens the report.
 */
final class ReportRequest {

    static final Map<String, OutcomeDimension> DIMENSIONS = Map.of(
            "technique", OutcomeDimension.TECHNIQUE,
            "product", OutcomeDimension.PRODUCT,
            "ingredient", OutcomeDimension.INGREDIENT,
            "indication", OutcomeDimension.INDICATION,
            "clinic", OutcomeDimension.CLINIC,
            "practitioner", OutcomeDimension.PRACTITIONER,
            "ageBand", OutcomeDimension.AGE_BAND,
            "fitzpatrick", OutcomeDimension.FITZPATRICK,
            "glogau", OutcomeDimension.GLOGAU,
            "period", OutcomeDimension.PERIOD);

    private static final Set<String> OTHER_PARAMETERS = Set.of("groupBy", "from", "to");

    private final MultiValueMap<String, String> parameters;

    private ReportRequest(MultiValueMap<String, String> parameters) {
        this.parameters = parameters;
    }

    static FindOutcomeReportQuery parse(MultiValueMap<String, String> parameters) {
        return new ReportRequest(parameters).toQuery();
    }

    private FindOutcomeReportQuery toQuery() {
        for (String name : parameters.keySet()) {
            if (!DIMENSIONS.containsKey(name) && !OTHER_PARAMETERS.contains(name)) {
                throw new ReportParameterException("unknown-parameter", "Unknown report parameter '" + name + "'.");
            }
        }
        List<OutcomeDimension> groupBy = new ArrayList<>();
        for (String name : values("groupBy")) {
            OutcomeDimension dimension = DIMENSIONS.get(name);
            if (dimension == null) {
                throw new ReportParameterException(
                        "invalid-group-by",
                        "Cannot group by '" + name + "'; use any of " + String.join(", ", DIMENSIONS.keySet()) + ".");
            }
            if (!groupBy.contains(dimension)) {
                groupBy.add(dimension);
            }
        }
        PeriodGranularity period = PeriodGranularity.MONTH;
        List<String> periods = values("period");
        if (periods.size() > 1) {
            throw new ReportParameterException("invalid-period", "Give one period: month, quarter or year.");
        }
        if (!periods.isEmpty()) {
            period = parseEnum(
                    PeriodGranularity.class, periods.get(0).toUpperCase(Locale.ROOT), "invalid-period", "period");
            if (!groupBy.contains(OutcomeDimension.PERIOD)) {
                groupBy.add(OutcomeDimension.PERIOD);
            }
        }
        YearMonth from = month("from");
        YearMonth to = month("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new ReportParameterException("invalid-period-range", "'from' is after 'to'.");
        }
        OutcomeFilter filter = new OutcomeFilter(
                set("technique", v -> parseEnum(Technique.class, v, "invalid-filter-value", "technique")),
                set("product", Function.identity()),
                set("ingredient", v -> parseEnum(Ingredient.class, v, "invalid-filter-value", "ingredient")),
                set("indication", v -> parseEnum(Indication.class, v, "invalid-filter-value", "indication")),
                set("clinic", ClinicId::of),
                set("practitioner", PractitionerId::of),
                set("ageBand", ReportRequest::ageBand),
                set("fitzpatrick", v -> grade(v, 6, "fitzpatrick")),
                set("glogau", v -> grade(v, 4, "glogau")),
                from,
                to);
        return new FindOutcomeReportQuery(groupBy, period, filter);
    }

    private List<String> values(String name) {
        List<String> raw = parameters.getOrDefault(name, List.of());
        return raw.stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim)
                .filter(v -> !v.isEmpty())
                .toList();
    }

    private <T> Set<T> set(String name, Function<String, T> parser) {
        return values(name).stream().map(parser).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private YearMonth month(String name) {
        List<String> values = values(name);
        if (values.isEmpty()) {
            return null;
        }
        try {
            return YearMonth.parse(values.get(0));
        } catch (DateTimeParseException e) {
            throw new ReportParameterException("invalid-period-range", "'" + name + "' must be a month as YYYY-MM.");
        }
    }

    /** An age band as its lower bound, written {@code 30-39} or {@code 30}. */
    private static Integer ageBand(String value) {
        String lower = value.contains("-") ? value.substring(0, value.indexOf('-')) : value;
        try {
            int band = Integer.parseInt(lower.trim());
            if (band >= 0 && band <= 120 && band % 10 == 0) {
                return band;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new ReportParameterException("invalid-filter-value", "'" + value + "' is not an age band such as 30-39.");
    }

    private static Integer grade(String value, int max, String name) {
        Integer grade = Numbers.integer(value, 1, max);
        if (grade == null) {
            throw new ReportParameterException(
                    "invalid-filter-value", "'" + value + "' is not a " + name + " class from 1 to " + max + ".");
        }
        return grade;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String code, String name) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new ReportParameterException(code, "'" + value + "' is not a known " + name + ".");
        }
    }
}
