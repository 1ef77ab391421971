package course;

import static dev.occam.testkit.OccamAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.occam.algorithm.Optimizer;
import dev.occam.result.SpecResult;
import dev.occam.testkit.Occam;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The TA's tests: the graded class (system property "solution") must land on the Bregman projection. */
class AssignmentTest {
    private static final Path SPEC = Path.of("specs/mirror-descent-entropy.yaml");

    private static Optimizer solution(String name) throws ReflectiveOperationException {
        return (Optimizer) Class.forName(name).getDeclaredConstructor().newInstance();
    }

    @Test
    void mirrorDescentLandsOnTheBregmanProjection() throws Exception {
        Optimizer graded = solution(System.getProperty("solution", ReferenceMirrorDescent.class.getName()));
        SpecResult result = Occam.spec(SPEC).with(graded).check();
        assertThat(result).holds().agreesWithin(1e-10);
    }

    /** The harness itself must catch a wrong solution, with a message a student can act on. */
    @Test
    void aPlantedBugIsCaughtWithAReadableMessage() throws Exception {
        SpecResult result = Occam.spec(SPEC).with(solution(PlantedBugMirrorDescent.class.getName())).check();
        assertThatThrownBy(() -> assertThat(result).holds())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to hold")
                .hasMessageContaining("measured")
                .hasMessageContaining("predicted")
                .hasMessageContaining("premises")
                // the diagnosis: a plain gradient step lands on the Euclidean projection instead
                .hasMessageContaining("the limit is argmin ||w - w0||_2");
    }
}
