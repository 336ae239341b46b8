package org.ertstorage.adapter.http.api;

import static org.ertstorage.adapter.http.api.ApiTestData.assertValidation;
import static org.ertstorage.adapter.http.api.ApiTestData.experiment;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** API.md §4.7 and DEFECTS D-24/D-25: priors of an experiment, as sent and as answered. */
public abstract class PriorApiContract extends ApiContract {

    private String priorsAnswered(String priors) {
        var id = experiment(api(), "{\"name\":\"priors\",\"priors\":" + priors + "}");
        // The raw text, so that float forms and NaN tokens are checked as the server wrote them.
        var body = api().get("/experiments/" + id).body();
        return body.substring(body.indexOf("\"priors\":") + "\"priors\":".length(), body.lastIndexOf(",\"userdata\":"));
    }

    private ApiResponse postPriors(String priors) {
        return api().post("/experiments", "{\"name\":\"priors\",\"priors\":" + priors + "}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"function\":\"const\",\"value\":1}|{\"function\":\"const\",\"value\":1.0}",
            "{\"function\":\"trig\",\"min\":0,\"max\":2,\"mode\":1}|{\"function\":\"trig\",\"min\":0.0,\"max\":2.0,\"mode\":1.0}",
            "{\"function\":\"normal\",\"mean\":0,\"std\":1}|{\"function\":\"normal\",\"mean\":0.0,\"std\":1.0}",
            "{\"function\":\"lognormal\",\"mean\":0,\"std\":1}|{\"function\":\"lognormal\",\"mean\":0.0,\"std\":1.0}",
            "{\"max\":3,\"min\":-3,\"std\":1,\"mean\":0,\"function\":\"ert_truncnormal\"}"
                    + "|{\"function\":\"ert_truncnormal\",\"mean\":0.0,\"std\":1.0,\"min\":-3.0,\"max\":3.0}",
            "{\"function\":\"stdnormal\"}|{\"function\":\"stdnormal\"}",
            "{\"function\":\"uniform\",\"min\":0,\"max\":1,\"zzz\":3}|{\"function\":\"uniform\",\"min\":0.0,\"max\":1.0}",
            "{\"function\":\"ert_duniform\",\"bins\":5,\"min\":0,\"max\":1}|{\"function\":\"ert_duniform\",\"bins\":5,\"min\":0.0,\"max\":1.0}",
            "{\"function\":\"loguniform\",\"min\":1e-05,\"max\":1}|{\"function\":\"loguniform\",\"min\":1e-05,\"max\":1.0}",
            "{\"function\":\"ert_erf\",\"min\":0,\"max\":1,\"skewness\":0.5,\"width\":2}"
                    + "|{\"function\":\"ert_erf\",\"min\":0.0,\"max\":1.0,\"skewness\":0.5,\"width\":2.0}",
            "{\"function\":\"ert_derf\",\"bins\":3.0,\"min\":0,\"max\":1,\"skewness\":0.5,\"width\":2}"
                    + "|{\"function\":\"ert_derf\",\"bins\":3,\"min\":0.0,\"max\":1.0,\"skewness\":0.5,\"width\":2.0}"
    })
    void givenPriorOfEachFunction_postExperiment_answersFunctionFirstThenArgumentsInOrder(String sent, String answered) {
        assertEquals("{\"P\":" + answered + "}", priorsAnswered("{\"P\":" + sent + "}"));
    }

    @Test
    void givenSeveralPriors_postExperiment_keepsThemByName() {
        assertEquals("{\"COEFFS:a\":{\"function\":\"const\",\"value\":2.0},\"COEFFS:b\":{\"function\":\"stdnormal\"}}",
                priorsAnswered("{\"COEFFS:a\":{\"function\":\"const\",\"value\":2},\"COEFFS:b\":{\"function\":\"stdnormal\"}}"));
    }

    @Test
    void givenEmptyArrayForPriors_postExperiment_storesNoPriors() {
        assertEquals("{}", priorsAnswered("[]"));
    }

    @Test
    void givenOnlyTheArgumentsOfConst_postExperiment_infersConst() {
        assertEquals("{\"P\":{\"function\":\"const\",\"value\":3.0}}", priorsAnswered("{\"P\":{\"value\":3}}"));
    }

    @Test
    void givenArgumentsOfSeveralFunctions_postExperiment_answersMissingFunction() {
        // The original silently made {"min":0,"max":1} a stdnormal prior (DEFECTS D-24).
        assertValidation(postPriors("{\"P\":{\"min\":0,\"max\":1}}"), "[\"body\",\"priors\",\"P\",\"function\"]",
                "prior 'P': missing \\\"function\\\"", "value_error.missing");
    }

    @Test
    void givenUnknownFunction_postExperiment_answersOneConstError() {
        var response = postPriors("{\"P\":{\"function\":\"gamma\",\"value\":1}}");
        var detail = response.expect(422).get("detail");
        assertEquals(1, detail.size(), response.body());
        assertEquals("[\"body\",\"priors\",\"P\",\"function\"]", detail.get(0).get("loc").toString());
        assertEquals("value_error.const", detail.get(0).get("type").asText());
        assertEquals("unexpected value; permitted: 'const', 'trig', 'normal', 'lognormal', 'ert_truncnormal', "
                + "'stdnormal', 'uniform', 'ert_duniform', 'loguniform', 'ert_erf', 'ert_derf'",
                detail.get(0).get("msg").asText());
    }

    @Test
    void givenMissingArgument_postExperiment_answersFieldRequired() {
        assertValidation(postPriors("{\"P\":{\"function\":\"normal\",\"mean\":0}}"), "[\"body\",\"priors\",\"P\",\"std\"]",
                "field required", "value_error.missing");
    }

    @Test
    void givenFractionalBins_postExperiment_answersNotAnInteger() {
        // The original truncated 2.7 to 2 (DEFECTS D-25).
        assertValidation(postPriors("{\"P\":{\"function\":\"ert_duniform\",\"bins\":2.7,\"min\":0,\"max\":1}}"),
                "[\"body\",\"priors\",\"P\",\"bins\"]", "value is not a valid integer", "type_error.integer");
    }

    @Test
    void givenNonNumericArgument_postExperiment_answersNotAFloat() {
        assertValidation(postPriors("{\"P\":{\"function\":\"const\",\"value\":\"abc\"}}"),
                "[\"body\",\"priors\",\"P\",\"value\"]", "value is not a valid float", "type_error.float");
    }

    @Test
    void givenNumericStringArgument_postExperiment_acceptsIt() {
        assertEquals("{\"P\":{\"function\":\"const\",\"value\":2.5}}",
                priorsAnswered("{\"P\":{\"function\":\"const\",\"value\":\"2.5\"}}"));
    }

    @Test
    void givenPriorThatIsNotAnObject_postExperiment_answersNotADict() {
        assertValidation(postPriors("{\"P\":3}"), "[\"body\",\"priors\",\"P\"]", "value is not a valid dict",
                "type_error.dict");
    }

    @Test
    void givenNullPriors_postExperiment_answersNoneNotAllowed() {
        assertValidation(postPriors("null"), "[\"body\",\"priors\"]", "none is not an allowed value",
                "type_error.none.not_allowed");
    }

    @Test
    void givenNonFiniteArgument_postExperiment_answersItAsBareToken() {
        assertEquals("{\"P\":{\"function\":\"uniform\",\"min\":-Infinity,\"max\":NaN}}",
                priorsAnswered("{\"P\":{\"function\":\"uniform\",\"min\":-Infinity,\"max\":NaN}}"));
    }
}
