package modernization.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FieldErrorTest {

    @Test
    void aDottedPathBecomesAJsonPointerIntoTheBody() {
        var error = new Problem.FieldError("answers[0].level", "must be between 0 and 5", Problem.FieldError.OUT_OF_RANGE);
        assertEquals("/answers/0/level", error.pointer());
        assertEquals("answers[0].level", error.field());
        assertEquals("out_of_range", error.code());
        assertNull(error.parameter());
        assertNull(error.criterion());
        assertEquals("/areas/1/criteria/2/code", Problem.FieldError.pointer("areas[1].criteria[2].code"));
        assertEquals("/comments", Problem.FieldError.pointer("comments"));
        assertEquals("", Problem.FieldError.pointer("body"));
    }

    @Test
    void aPathKeyedByACriterionPointsAtItsListAndNamesTheCriterion() {
        var missing = new Problem.FieldError("answers[LEGAL.CIVIL_SERVICE_LAW].evidence", "evidence is required",
                Problem.FieldError.REQUIRED);
        assertEquals("/answers", missing.pointer());
        assertEquals("LEGAL.CIVIL_SERVICE_LAW", missing.criterion());
    }

    @Test
    void aParameterHasNoPointer() {
        var sort = Problem.FieldError.parameter("sort", "must be one of title, -title", Problem.FieldError.INVALID_FORMAT);
        assertEquals("sort", sort.parameter());
        assertEquals("sort", sort.field());
        assertNull(sort.pointer());
    }

    @Test
    void aJsonPointerEscapesTildeAndSlash() {
        assertEquals("/a~1b/c~0d", Problem.FieldError.pointer("a/b.c~d"));
    }
}
