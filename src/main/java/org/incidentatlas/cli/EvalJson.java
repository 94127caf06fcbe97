package org.incidentatlas.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.incidentatlas.eval.EventScorer;
import org.incidentatlas.eval.PlaceCheck;
import org.incidentatlas.eval.RecognitionScore;
import org.incidentatlas.eval.SeedsScore;

/**
 * The JSON form of scores. Derived values (precision, passed, ...) are added through mix-ins so that the
 * {@code eval} package stays free of Jackson; NaN (nothing to score) is written as null to stay valid JSON.
 */
final class EvalJson {
    private EvalJson() {
    }

    static ObjectMapper mapper() {
        SimpleModule nan = new SimpleModule("nan-as-null");
        JsonSerializer<Double> ser = new JsonSerializer<>() {
            @Override
            public void serialize(Double v, JsonGenerator g, SerializerProvider p) throws IOException {
                if (v == null || v.isNaN() || v.isInfinite()) {
                    g.writeNull();
                } else {
                    g.writeNumber(v);
                }
            }
        };
        nan.addSerializer(Double.class, ser);
        nan.addSerializer(Double.TYPE, ser);
        return new ObjectMapper()
                .registerModule(nan)
                .addMixIn(RecognitionScore.class, RecognitionMixin.class)
                .addMixIn(SeedsScore.class, PassedMixin.class)
                .addMixIn(SeedsScore.PlacesScore.class, PlacesMixin.class)
                .addMixIn(SeedsScore.ArticlePlaces.class, ArticleMixin.class)
                .addMixIn(PlaceCheck.class, CheckMixin.class)
                .addMixIn(EventScorer.Score.class, EventsMixin.class)
                .addMixIn(EventScorer.IncidentResult.class, MatchedMixin.class)
                .addMixIn(EventScorer.DeploymentResult.class, MatchedMixin.class)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    abstract static class RecognitionMixin {
        @JsonProperty abstract double precision();
        @JsonProperty abstract double recall();
        @JsonProperty abstract double f1();
    }

    abstract static class PassedMixin {
        @JsonProperty abstract boolean passed();
    }

    abstract static class PlacesMixin {
        @JsonProperty abstract long required();
        @JsonProperty abstract long requiredOk();
        @JsonProperty abstract long optionalFound();
        @JsonProperty("notPlaceErrorCount") abstract long notPlaceErrors();
        @JsonProperty abstract long missingArticles();
        @JsonProperty abstract boolean passed();
    }

    abstract static class ArticleMixin {
        @JsonProperty abstract long required();
        @JsonProperty abstract long requiredOk();
        @JsonProperty abstract long optionalFound();
        @JsonProperty abstract boolean passed();
    }

    abstract static class EventsMixin {
        @JsonProperty abstract double incidentRecall();
        @JsonProperty abstract double incidentPrecision();
        @JsonProperty abstract double deploymentRecall();
        @JsonProperty abstract double deploymentPrecision();
        @JsonProperty abstract java.util.Map<String, Integer> extrasPerArticle();
        @JsonProperty abstract boolean passed();
    }

    abstract static class MatchedMixin {
        @JsonProperty abstract boolean matched();
    }

    abstract static class CheckMixin {
        @JsonProperty abstract boolean failed();
    }
}
