package io.mesorecords.command.http;

/** A request the edge refuses before any command is sent; answered by {@link ProblemAdvice}. */
public class EdgeRequestRefused extends RuntimeException {

    private final EdgeProblem problem;

    public EdgeRequestRefused(EdgeProblem problem, String detail) {
        super(detail);
        this.problem = problem;
    }

    public EdgeProblem problem() {
        return problem;
    }
}
