package id.kinerja.complaints.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;

/** What the staff see: everything but the reporter's identity. */
public record StaffView(long id, String trackingCode, String categoryCode, String categoryName, String reportedUnitCode, String unitCode,
        List<String> responsible, String description, String location, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal latitude,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal longitude, boolean anonymous, boolean confidential, ComplaintStatus status,
        Instant receivedAt, LocalDate verifyDue, Instant verifiedAt, LocalDate answerDue, Instant answeredAt, Instant closedAt,
        Deadline deadline, String escalateTo, String rejectReason, int reopenCount, Integer rating, String ratingComment, List<Attachment> attachments,
        List<Message> history) {
}
