package id.kinerja.complaints.internal;

import java.math.BigDecimal;

/** A complaint as a citizen files it. */
public record NewComplaint(String categoryCode, String unitCode, String description, String location, BigDecimal latitude,
        BigDecimal longitude, String contactName, String contactEmail, String contactPhone, Boolean anonymous, Boolean confidential) {
}
