package app.bravo.wall;

import app.bravo.shared.UserError;
import java.util.List;

/** A submission that broke the wall's rules, with every bad field named (not only the first). */
public class InvalidFeedback extends UserError {

    private final transient List<FieldProblem> problems;

    public InvalidFeedback(List<FieldProblem> problems) {
        super("wall.error.invalid", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
