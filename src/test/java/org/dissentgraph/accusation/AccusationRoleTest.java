package org.dissentgraph.accusation;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.dissentgraph.ingest.Kind;
import org.dissentgraph.model.AccusationRole;
import org.junit.jupiter.api.Test;

/** The OpenAPI annotations repeat the roles as constants; they must say what the enum says. */
class AccusationRoleTest {

    @Test
    void the_view_documents_every_role_and_no_other() throws Exception {
        Schema onField = AccusationView.class.getDeclaredField("role").getAnnotation(Schema.class);
        assertThat(Arrays.asList(onField.allowableValues())).isEqualTo(AccusationRole.names());
    }

    @Test
    void the_role_parameter_accepts_every_role_and_no_other() {
        Method accusations = Arrays.stream(AccusationController.class.getDeclaredMethods())
                .filter(m -> m.getName().equals("accusations"))
                .findFirst()
                .orElseThrow();
        java.lang.reflect.Parameter role = Arrays.stream(accusations.getParameters())
                .filter(p -> p.getAnnotation(Parameter.class) != null
                        && p.getAnnotation(Parameter.class).description().equals("what the accuser did"))
                .findFirst()
                .orElseThrow();
        assertThat(Arrays.asList(role.getAnnotation(Parameter.class).schema().allowableValues()))
                .isEqualTo(AccusationRole.names());
    }

    @Test
    void the_importer_and_the_controller_take_the_enum() {
        assertThat(Kind.ACCUSATION_ROLES).isEqualTo(AccusationRole.names());
        assertThat(AccusationController.ROLES).isEqualTo(AccusationRole.names());
    }
}
