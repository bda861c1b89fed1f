package id.kinerja.appraisal.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;

import id.kinerja.appraisal.api.PlanStatus;
import id.kinerja.appraisal.api.SkpPlan;

/**
 * A plan as a rater's queue shows it: its row's values and its content (work results with their
 * indicators, behaviour expectations) as the JSON text a submitted plan keeps in its row
 * ({@link SubmittedContent}). The API writes it as it writes the {@link SkpPlan} it stands for, the same
 * JSON, but copies the content's text into the answer as it is instead of reading it into values and
 * writing them again: that reading and writing was about a quarter of a first read of a queue of 20 on
 * Derby (JFR), and the writing most of what Jackson cost for a queue's page kept whole ({@link QueuedViews}).
 * {@link #plan()} gives the plan's values, for the callers of the service.
 */
public final class QueuedPlan implements JsonSerializable {

    private final long id;
    private final String nip;
    private final int year;
    private final int version;
    private final PlanStatus status;
    private final String unitCode;
    private final String raterNip;
    /**
     * The fields of the JSON object of {@link SubmittedContent.Content}, the plan's {@code workResults} and
     * {@code behaviours}, without the object's braces; with their UTF-8 bytes, which a write copies.
     */
    private final SerializedString contentFields;
    private final String comment;
    private final Instant submittedAt;
    private final Instant decidedAt;
    private final Instant updatedAt;
    /** The stamp of its row's last change its queue reads with its key ({@code SKP_PLAN.UPDATED_MICROS}). */
    private final long updatedMicros;

    QueuedPlan(long id, String nip, int year, int version, PlanStatus status, String unitCode, String raterNip, String content,
            String comment, Instant submittedAt, Instant decidedAt, Instant updatedAt, long updatedMicros) {
        if (content == null || !content.startsWith("{\"") || !content.endsWith("}")) {
            throw new IllegalArgumentException("not a plan's content: " + content);
        }
        this.id = id;
        this.nip = nip;
        this.year = year;
        this.version = version;
        this.status = status;
        this.unitCode = unitCode;
        this.raterNip = raterNip;
        this.contentFields = new Utf8Text(content.substring(1, content.length() - 1));
        this.comment = comment;
        this.submittedAt = submittedAt;
        this.decidedAt = decidedAt;
        this.updatedAt = updatedAt;
        this.updatedMicros = updatedMicros;
    }

    long id() {
        return id;
    }

    long updatedMicros() {
        return updatedMicros;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    /** The plan's values, its content read from the text. */
    SkpPlan plan() {
        SubmittedContent.Content values = SubmittedContent.read('{' + contentFields.getValue() + '}');
        return new SkpPlan(id, nip, year, version, status, unitCode, raterNip, values.workResults(), values.behaviours(), comment,
                submittedAt, decidedAt, updatedAt);
    }

    /**
     * The plan's JSON, its fields in {@link SkpPlan}'s order; the content's two fields are the text's own,
     * copied between the rater's NIP and the comment. Values other than numbers and texts (the status,
     * the times) are written by the API's own serializers, so they read as in every other answer.
     */
    @Override
    public void serialize(JsonGenerator json, SerializerProvider serializers) throws IOException {
        json.writeStartObject(this);
        json.writeNumberField("id", id);
        json.writeStringField("nip", nip);
        json.writeNumberField("year", year);
        json.writeNumberField("version", version);
        serializers.defaultSerializeField("status", status, json);
        json.writeStringField("unitCode", unitCode);
        json.writeStringField("raterNip", raterNip);
        // the content's fields, without its braces; the generator puts the comma before the next field itself
        json.writeRaw(',');
        json.writeRaw(contentFields);
        json.writeStringField("comment", comment);
        serializers.defaultSerializeField("submittedAt", submittedAt, json);
        serializers.defaultSerializeField("decidedAt", decidedAt, json);
        serializers.defaultSerializeField("updatedAt", updatedAt, json);
        json.writeEndObject();
    }

    @Override
    public void serializeWithType(JsonGenerator json, SerializerProvider serializers, TypeSerializer type) throws IOException {
        serialize(json, serializers);
    }

    /**
     * A text whose UTF-8 bytes are made at once, by the JDK (for a text of Latin-1 characters alone, a copy of
     * its bytes), rather than character by character on its first write.
     */
    private static final class Utf8Text extends SerializedString {

        private static final long serialVersionUID = 1L;

        Utf8Text(String text) {
            super(text);
            _unquotedUTF8Ref = text.getBytes(StandardCharsets.UTF_8);
        }
    }
}
